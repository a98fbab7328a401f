// Entry point of the extension-host suite (the module named by extensionTestsPath). VS Code's extension
// host requires it and awaits run(): resolving means every test passed, rejecting that some failed.
// The harness also reads a summary from $E2E_RESULT_FILE (the extension host inherits code-server's
// environment), because the exit code alone cannot say how many tests ran.
import * as fs from 'fs';
import * as path from 'path';
import type MochaType from 'mocha';

// mocha lives in test/e2e/tools, not in the extension's dependencies; this file runs from .tmp/out/host/.
const TOOLS_MODULES = path.resolve(__dirname, '../../../tools/node_modules');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha = require(path.join(TOOLS_MODULES, 'mocha')) as typeof MochaType;

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  if (process.env.E2E_GREP) mocha.grep(process.env.E2E_GREP);
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const failed: string[] = [];
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, tests: 0 };
      if (process.env.E2E_RESULT_FILE) {
        const summary = { passes: stats.passes, failures, tests: stats.tests, failed };
        fs.writeFileSync(process.env.E2E_RESULT_FILE, JSON.stringify(summary));
      }
      if (failures) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('fail', (test) => failed.push(test.fullTitle()));
  });
}
