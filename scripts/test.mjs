// `npm test`: build (type-check included), run every unit, engine, protocol and CLI test with Node's
// test runner, then the editor tests in a real VS Code (test/e2e), and print one closing line
// `N passed, N failed` for the whole run. Exits non-zero on any failure.
//   --unit-only   skip the editor tests (a quick loop while developing; CI always runs everything)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const unitOnly = process.argv.includes('--unit-only');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: options.capture ? ['inherit', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (options.capture) process.stdout.write(result.stdout ?? '');
  return result;
}

function testFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'e2e') out.push(...testFiles(path));
    } else if (name.endsWith('.test.js')) out.push(relative(root, path));
  }
  return out;
}

const build = run('npm', ['run', 'build', '--silent']);
if (build.status !== 0) {
  console.error('The build failed (see the errors above), so no test ran.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let passed = 0;
let failed = 0;
const unit = run(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=2', ...testFiles(join(root, 'out/test'))], { capture: true });
passed += Number(/ℹ pass (\d+)/.exec(unit.stdout)?.[1] ?? 0);
failed += Number(/ℹ fail (\d+)/.exec(unit.stdout)?.[1] ?? 0);
if (unit.status !== 0 && failed === 0) failed = 1;

if (!unitOnly) {
  const harness = join(root, 'test/e2e/run-all.mjs');
  if (!existsSync(harness)) {
    console.error('test/e2e/run-all.mjs is missing: the editor tests cannot run.');
    failed++;
  } else {
    const e2e = run(process.execPath, [harness], { capture: true });
    const m = /^(\d+) passed, (\d+) failed$/m.exec(e2e.stdout ?? '');
    passed += Number(m?.[1] ?? 0);
    failed += Number(m?.[2] ?? 0);
    if (e2e.status !== 0 && !(m && Number(m[2]) > 0)) failed++;
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
