// `npm run bench`: runs every suite and prints one table each. Not a test: nothing here fails
// on a slow machine; the numbers are for people to read and compare across changes.
// `npm run bench -- start` runs only the suites whose title contains "start".
import { printTable, type Suite } from './harness';
import { engineSuite } from './engine.bench';
import { exploreSuite } from './explore.bench';
import { matcherSuite } from './matcher.bench';
import { startupSuite } from './startup.bench';
import { storeSuite } from './store.bench';

const suites: Suite[] = [engineSuite, matcherSuite, exploreSuite, storeSuite, startupSuite];
const only = process.argv[2];
for (const suite of suites) {
  if (only && !suite.title.toLowerCase().includes(only.toLowerCase())) continue;
  printTable(suite.title, await suite.run());
}
