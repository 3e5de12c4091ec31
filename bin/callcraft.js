#!/usr/bin/env node
// The built CLI lives in dist/ (made by `npm install` / `npm run build`).
import('../dist/main.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/main.js')) {
    process.stderr.write('callcraft is not built yet: run `npm run build` (or `npm install`) first.\n');
    process.exit(2);
  }
  throw error;
});
