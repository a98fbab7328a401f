// Bundles the client, the language server, the CLI and the API with esbuild, so the packaged
// extension carries no node_modules tree.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * yaml ships CommonJS for Node and ES modules for browsers, the same code. Bundled from CommonJS, each of
 * its functions is reached through a getter on a wrapper object (several percent of a Compose lint), and its
 * parser reads `process.env.LOG_TOKENS` (a debug switch) for every token, a lookup in the real environment.
 * The ES module build has neither: the bundles take that one (it runs on Node 20 as it is).
 */
const yamlModules = { yaml: './node_modules/yaml/browser/index.js' };
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  alias: yamlModules,
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
  build({ ...common, entryPoints: ['server/src/api.ts'], outfile: 'dist/api.js' }),
]);
