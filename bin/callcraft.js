#!/usr/bin/env node
// The built CLI lives in dist/ (made by `npm install` / `npm run build`). The bare command in a
// terminal opens the menu through a lighter entry that skips the command-line machinery.
import module from 'node:module';

// Node 22.1+ keeps compiled code between runs (in the OS temp folder): later starts skip most
// of the parsing. Node 20 has no such cache; there this does nothing.
try { module.enableCompileCache?.(); } catch { /* a cache that cannot be written only costs speed */ }

const bare = process.argv.length === 2 && process.stdin.isTTY === true && process.stdout.isTTY === true;
const entry = bare ? '../dist/menu.js' : '../dist/main.js';
import(entry).catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(entry.slice(3))) {
    process.stderr.write('callcraft is not built yet: run `npm run build` (or `npm install`) first.\n');
    process.exit(2);
  }
  throw error;
});
