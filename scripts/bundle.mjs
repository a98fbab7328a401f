// Bundles the client, the language server, the CLI and the API with esbuild, so the packaged
// extension carries no node_modules tree.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * yaml's parser and composer read `process.env.LOG_TOKENS` / `LOG_STREAM` (debug switches) for every token
 * and document, and every read of `process.env` is a lookup in the real environment: about a fifth of a
 * Compose parse. In our bundles the switches are off, written as `false`.
 */
const yamlDebugSwitchesOff = {
  name: 'yaml-debug-switches-off',
  setup(b) {
    b.onLoad({ filter: /[\\/]yaml[\\/]dist[\\/](parse[\\/]parser|compose[\\/]composer)\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(/\bnode_process\.env\.LOG_(TOKENS|STREAM)\b/g, 'false');
      if (contents === source) return { warnings: [{ text: `yaml's debug switch was not found in ${args.path}: the parse reads process.env per token again` }] };
      return { contents, loader: 'js' };
    });
  },
};
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  plugins: [yamlDebugSwitchesOff],
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
  build({ ...common, entryPoints: ['server/src/api.ts'], outfile: 'dist/api.js' }),
]);
