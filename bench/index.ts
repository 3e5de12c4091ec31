// `npm run bench`: runs every suite and prints one table each. Not a test: nothing here fails
// on a slow machine; the numbers are for people to read and compare across changes.
import { printTable, type Suite } from './harness';
import { engineSuite } from './engine.bench';
import { exploreSuite } from './explore.bench';
import { matcherSuite } from './matcher.bench';
import { storeSuite } from './store.bench';

const suites: Suite[] = [engineSuite, matcherSuite, exploreSuite, storeSuite];
const only = process.argv[2];
for (const suite of suites) {
  if (only && !suite.title.toLowerCase().includes(only.toLowerCase())) continue;
  printTable(suite.title, await suite.run());
}
