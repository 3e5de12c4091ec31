// Bundles the CLI into dist/ so the bin starts fast: one file for the headless commands,
// separate chunks (loaded with dynamic import) for the Ink screens and the store. Then checks
// the bundled scenarios once and writes dist/campaign.json, so the menu opens without parsing
// and validating YAML (src/ui/campaign.ts).
import { build } from 'esbuild';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Ink only loads the devtools when DEV=true; never bundle them.
  external: ['react-devtools-core'],
  define: { 'process.env.NODE_ENV': '"production"' },
  // Some bundled CommonJS code calls require() for Node built-ins.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
};

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { main: 'src/cli/main.ts', menu: 'src/cli/menu.ts' },
  outdir: 'dist',
  splitting: true,
  minify: process.env.CALLCRAFT_NO_MINIFY !== '1',
  sourcemap: false,
  legalComments: 'none',
});

const scenarios = new URL('../scenarios', import.meta.url);
if (existsSync(scenarios)) {
  const tool = new URL('../dist/.precompile.mjs', import.meta.url);
  await build({ ...common, entryPoints: ['src/ui/campaign-build.ts'], outfile: tool.pathname });
  try {
    const { precompileCampaign } = await import(tool.href);
    writeFileSync(new URL('../dist/campaign.json', import.meta.url), JSON.stringify(precompileCampaign(scenarios.pathname)));
  } finally {
    rmSync(tool, { force: true });
  }
}
