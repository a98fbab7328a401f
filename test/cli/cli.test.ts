/** CLI tests: the real `bin/stevedore.js` process on real files; exit codes and output formats. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const root = join(__dirname, '../../..');
const BIN = join(root, 'bin/stevedore.js');

function run(args: string[], options: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? root, input: options.input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'stevedore-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const BAD = 'FROM node:latest\nMAINTAINER Jane <jane@example.com>\nRUN apt-get install curl\nCMD node app.js\n';
const CLEAN = 'FROM node:22.11-slim\nUSER 1000\nCMD ["node", "app.js"]\n';

describe('stevedore CLI', () => {
  test('--version prints the package version', () => {
    const r = run(['--version']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout.trim(), JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  test('--help and no arguments print usage', () => {
    assert.match(run(['--help']).stdout, /Usage:/);
    assert.equal(run([]).code, 0);
  });

  test('rules --format json lists every rule with the contract fields', () => {
    const r = run(['rules', '--format', 'json']);
    assert.equal(r.code, 0);
    const rules = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.ok(rules.length >= 17);
    for (const rule of rules) {
      assert.deepEqual(Object.keys(rule), ['id', 'target', 'category', 'severity', 'fix', 'aliases', 'summary']);
      assert.ok(['dockerfile', 'compose', 'any'].includes(rule.target as string));
      assert.ok(['off', 'hint', 'info', 'warning', 'error'].includes(rule.severity as string));
      assert.ok(['none', 'safe', 'unsafe'].includes(rule.fix as string));
    }
    assert.equal(new Set(rules.map((r) => r.id)).size, rules.length);
    assert.deepEqual(rules.find((x) => x.id === 'apt-get-missing-yes')?.aliases, ['DL3014', 'DS-0021', 'KICS:77783205']);
  });

  test('lint examples/ in text form exits 1 and names the rules', () => {
    const r = run(['lint', 'examples/']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^examples\/Dockerfile$/m);
    assert.match(r.stdout, /^examples\/compose\.yaml$/m);
    assert.match(r.stdout, /base-image-latest/);
    assert.match(r.stdout, /depends-on-undefined-service/);
  });

  test('--format json prints the findings contract with 0-based positions', () => {
    const dir = tempDir({ Dockerfile: BAD });
    const r = run(['lint', '--format', 'json', 'Dockerfile'], { cwd: dir });
    assert.equal(r.code, 1);
    const findings = JSON.parse(r.stdout) as Record<string, unknown>[];
    const apt = findings.find((f) => f.rule === 'apt-get-missing-yes');
    assert.deepEqual(apt, {
      file: 'Dockerfile',
      rule: 'apt-get-missing-yes',
      aliases: ['DL3014', 'DS-0021', 'KICS:77783205'],
      severity: 'warning',
      message: '`apt-get install` has no `-y`, so it aborts at the confirmation prompt.',
      range: { start: { line: 2, character: 12 }, end: { line: 2, character: 19 } },
      fix: { title: 'Add -y to apt-get install', safety: 'safe' },
    });
    assert.equal(findings.find((f) => f.rule === 'base-image-latest')?.fix, null);
  });

  test('a clean file exits 0', () => {
    const dir = tempDir({ Dockerfile: CLEAN });
    const r = run(['lint', 'Dockerfile'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /No problems found in 1 file\./);
  });

  test('--format sarif is SARIF 2.1.0 with 1-based regions', () => {
    const dir = tempDir({ Dockerfile: BAD });
    const r = run(['lint', '--format', 'sarif', '.'], { cwd: dir });
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'Stevedore');
    const result = run0.results.find((x: { ruleId: string }) => x.ruleId === 'apt-get-missing-yes');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 3, startColumn: 13, endLine: 3, endColumn: 20 });
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'Dockerfile');
    assert.equal(run0.tool.driver.rules[result.ruleIndex].id, 'apt-get-missing-yes');
    assert.equal(result.level, 'warning');
  });

  test('--fix applies safe fixes only and writes the file', () => {
    const dir = tempDir({ Dockerfile: BAD });
    const r = run(['lint', '--fix', 'Dockerfile'], { cwd: dir });
    assert.equal(r.code, 1);
    const fixed = readFileSync(join(dir, 'Dockerfile'), 'utf8');
    assert.match(fixed, /^LABEL org\.opencontainers\.image\.authors="Jane <jane@example\.com>"$/m, 'safe fix applied');
    assert.match(fixed, /apt-get install -y /, 'safe fix applied');
    assert.match(fixed, /^CMD node app\.js$/m, 'unsafe fix not applied');
    assert.match(r.stdout, /Fixed \d+ problems\./);
  });

  test('--unsafe-fixes applies unsafe fixes too', () => {
    const dir = tempDir({ Dockerfile: BAD });
    run(['lint', '--unsafe-fixes', 'Dockerfile'], { cwd: dir });
    assert.match(readFileSync(join(dir, 'Dockerfile'), 'utf8'), /CMD \["node", "app\.js"\]/);
  });

  test('--fix keeps a BOM and CRLF line ends', () => {
    const dir = tempDir({ Dockerfile: '\uFEFFFROM debian:12\r\nRUN apt-get install curl\r\n' });
    run(['lint', '--fix', 'Dockerfile'], { cwd: dir });
    assert.equal(readFileSync(join(dir, 'Dockerfile'), 'utf8'), '\uFEFFFROM debian:12\r\nRUN apt-get install -y curl\r\n');
  });

  test('folders are searched for Dockerfiles and compose files, skipping node_modules and .git', () => {
    const dir = tempDir({
      'svc/Dockerfile.prod': BAD,
      'svc/api.Dockerfile': CLEAN,
      'compose.dev.yaml': 'version: "3"\nservices: {}\n',
      'node_modules/x/Dockerfile': BAD,
      '.git/Dockerfile': BAD,
      'notes.yaml': 'version: 1\n',
    });
    const r = run(['lint', '--format', 'json', '.'], { cwd: dir });
    const files = new Set((JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file));
    assert.ok(files.has('compose.dev.yaml') && files.has('svc/Dockerfile.prod'));
    assert.ok(![...files].some((f) => f.includes('node_modules') || f.includes('.git') || f === 'notes.yaml'), [...files].join(' '));
  });

  test('--kind and standard input', () => {
    const r = run(['lint', '--kind', 'compose', '--format', 'json', '-'], { input: 'version: "3"\nservices: {}\n' });
    const findings = JSON.parse(r.stdout) as { file: string; rule: string }[];
    assert.deepEqual(findings.map((f) => [f.file, f.rule]), [['<stdin>', 'version-obsolete']]);
    const dir = tempDir({ 'stack.yml': 'version: "3"\nservices: {}\n' });
    assert.match(run(['lint', 'stack.yml'], { cwd: dir }).stdout, /version-obsolete/);
  });

  test('--max-warnings and --failure-threshold', () => {
    const dir = tempDir({ Dockerfile: 'FROM node:latest\n' });
    assert.equal(run(['lint', 'Dockerfile'], { cwd: dir }).code, 1);
    const findings = JSON.parse(run(['lint', '--format', 'json', 'Dockerfile'], { cwd: dir }).stdout) as { severity: string }[];
    assert.ok(findings.every((f) => f.severity !== 'error'));
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    assert.ok(warnings >= 1);
    assert.equal(run(['lint', '--max-warnings', String(warnings), 'Dockerfile'], { cwd: dir }).code, 0);
    assert.equal(run(['lint', '--max-warnings', String(warnings - 1), 'Dockerfile'], { cwd: dir }).code, 1);
    assert.equal(run(['lint', '--failure-threshold', 'error', 'Dockerfile'], { cwd: dir }).code, 0);
  });

  test('.stevedore.yaml is found by walking up, and --config replaces it', () => {
    const dir = tempDir({ 'a/b/Dockerfile': 'FROM node:latest\n', '.stevedore.yaml': 'rules:\n  DL3007: off\n', 'strict.yaml': 'rules:\n  base-image-latest: error\n' });
    const rules = (args: string[]) => JSON.parse(run(['lint', '--format', 'json', ...args, 'a/b/Dockerfile'], { cwd: dir }).stdout) as { rule: string; severity: string }[];
    assert.ok(!rules([]).some((f) => f.rule === 'base-image-latest'));
    assert.equal(rules(['--config', 'strict.yaml']).find((f) => f.rule === 'base-image-latest')?.severity, 'error');
  });

  test('usage and I/O errors exit 2 with a clear message', () => {
    const cases: [string[], RegExp][] = [
      [['lint'], /No files or folders to lint/],
      [['lint', '--bogus', 'x'], /Unknown option `--bogus`/],
      [['lint', '--format', 'xml', 'x'], /--format takes text, json or sarif/],
      [['lint', 'does-not-exist'], /Cannot read `does-not-exist`/],
      [['lint', '--config', 'nope.yaml', 'examples/Dockerfile'], /Cannot read configuration file/],
      [['frobnicate'], /Unknown command/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
  });

  test("require('stevedore/api') works from the repository root", () => {
    const script = "const api = require('stevedore/api'); const f = api.lintText('FROM node:latest\\n', { fileName: 'Dockerfile' }); const fixed = api.applyFixes('FROM debian:12\\nRUN apt-get install x\\n', api.lintText('FROM debian:12\\nRUN apt-get install x\\n')); console.log(JSON.stringify([f.map((x) => x.rule), fixed.text]));";
    const r = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), [['base-image-latest'], 'FROM debian:12\nRUN apt-get install -y x\n']);
  });

  test('Containerfile is linted like a Dockerfile', () => {
    const dir = tempDir({ Dockerfile: CLEAN });
    cpSync(join(dir, 'Dockerfile'), join(dir, 'Containerfile'));
    const r = run(['lint', '.'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /No problems found in 2 files\./);
  });
});

test('--all-rules turns on the rules that are off by default', () => {
  const dir = tempDir({ Dockerfile: 'FROM node:22.11-slim\nUSER 1000\nCMD ["node", "app.js"]\n' });
  const rules = (args: string[]) => (JSON.parse(run(['lint', '--format', 'json', ...args, 'Dockerfile'], { cwd: dir }).stdout) as { rule: string }[]).map((f) => f.rule);
  assert.deepEqual(rules([]), []);
  const all = rules(['--all-rules']);
  assert.ok(all.includes('base-image-not-pinned-by-digest') && all.includes('healthcheck-missing'), all.join(' '));
});

test('--unsafe-fixes writes the other files a fix asks for; --fix does not', () => {
  const files = { Dockerfile: 'FROM node:22.11-slim\nWORKDIR /app\nCOPY . .\nUSER 1000\nCMD ["node", "app.js"]\n', 'app.js': '', 'compose.yaml': 'services:\n  web:\n    build: .\n    environment:\n      API_TOKEN: abc\n' };
  const safe = tempDir(files);
  run(['lint', '--fix', '.'], { cwd: safe });
  assert.ok(!existsSync(join(safe, '.dockerignore')));
  assert.ok(!existsSync(join(safe, '.env.example')));
  const unsafe = tempDir(files);
  run(['lint', '--unsafe-fixes', '.'], { cwd: unsafe });
  assert.match(readFileSync(join(unsafe, '.dockerignore'), 'utf8'), /^\.git$/m);
  assert.equal(readFileSync(join(unsafe, '.env.example'), 'utf8'), 'API_TOKEN=\n');
  assert.match(readFileSync(join(unsafe, "compose.yaml"), "utf8"), /API_TOKEN: \$\{API_TOKEN\b/);
});
