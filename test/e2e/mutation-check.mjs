#!/usr/bin/env node
// Proves the editor tests can fail: copies the built extension to a temporary folder, breaks one
// feature in the copy's dist/server.js, runs run.mjs against the copy (E2E_EXTENSION_PATH) and expects
// the run to fail. Exits 0 only when every mutation was caught.
//
//   node test/e2e/mutation-check.mjs [--host-only] [mutation-name ...]
//
// The mutations match text in the esbuild bundle; when one no longer matches (the source changed), the
// check says so and fails, so the table below can be updated.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E_DIR, REPO_ROOT } from './lib/paths.mjs';

const MUTATIONS = [
  { name: 'apt-get-fix-inserts-wrong-flag', file: 'dist/server.js', find: 'sub.word.end, " -y")', replace: 'sub.word.end, " -q")' },
  { name: 'ignore-comment-misspelled', file: 'dist/server.js', find: '`${indent}# stevedore-ignore ${', replace: '`${indent}# stevedore-ignor ${' },
  { name: 'rule-id-renamed', file: 'dist/server.js', find: 'id: "base-image-latest"', replace: 'id: "base-image-newest"' },
];
// What a packaged extension needs at run time (the same list as the .vsix contents).
const EXTENSION_PARTS = ['package.json', 'dist', 'snippets', 'syntaxes', 'language-configuration'];

const argv = process.argv.slice(2);
const passThrough = argv.filter((a) => a.startsWith('--'));
const chosen = argv.filter((a) => !a.startsWith('--'));
const mutations = chosen.length ? MUTATIONS.filter((m) => chosen.includes(m.name)) : MUTATIONS;
if (!mutations.length) {
  console.error(`unknown mutation; known: ${MUTATIONS.map((m) => m.name).join(', ')}`);
  process.exit(2);
}

let escaped = 0;
for (const mutation of mutations) {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-e2e-mutant-'));
  try {
    for (const part of EXTENSION_PARTS) {
      if (fs.existsSync(path.join(REPO_ROOT, part))) fs.cpSync(path.join(REPO_ROOT, part), path.join(copy, part), { recursive: true });
    }
    const file = path.join(copy, mutation.file);
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes(mutation.find)) {
      console.log(`[mutation] ${mutation.name}: "${mutation.find}" is no longer in ${mutation.file}; update the table`);
      escaped++;
      continue;
    }
    fs.writeFileSync(file, text.split(mutation.find).join(mutation.replace));
    console.log(`[mutation] ${mutation.name}: running the editor tests against ${copy}`);
    const run = spawnSync(process.execPath, [path.join(E2E_DIR, 'run.mjs'), ...passThrough], {
      env: { ...process.env, E2E_EXTENSION_PATH: copy },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${run.stdout}${run.stderr}`;
    // run.mjs lists failed extension-host tests as "  - title"; node:test marks failed UI tests with "✖ title (… ms)".
    const failedTitles = output.split('\n').filter((l) => /^\s+- |^✖ .*\(\d/.test(l)).map((l) => l.trim());
    const summary = output.trim().split('\n').filter((l) => /^\d+ passed, \d+ failed$/.test(l)).pop();
    if (run.status === 0) {
      console.log(`[mutation] ${mutation.name}: NOT caught (${summary})`);
      escaped++;
    } else {
      console.log(`[mutation] ${mutation.name}: caught, exit ${run.status} (${summary})`);
      for (const t of [...new Set(failedTitles)]) console.log(`    ${t}`);
    }
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}
console.log(escaped ? `${escaped} mutation(s) not caught` : 'every mutation was caught');
process.exit(escaped ? 1 : 0);
