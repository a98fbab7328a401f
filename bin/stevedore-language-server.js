#!/usr/bin/env node
'use strict';
// The Stevedore language server for any LSP client: `stevedore-language-server --stdio`.
let server;
try {
  server = require('../dist/server.js');
} catch (error) {
  process.stderr.write('stevedore-language-server: not built yet. Run `npm install` (or `npm run build`) first.\n');
  process.exit(2);
}
server.startServer();
