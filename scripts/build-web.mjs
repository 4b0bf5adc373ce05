// Bundles the web app's TypeScript into dist/web/app.js (esbuild: one file, no runtime dependencies).
import { build } from 'esbuild';

await build({
  entryPoints: ['web/src/main.ts'],
  outfile: 'dist/web/app.js',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
});
