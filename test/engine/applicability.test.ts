/**
 * Rule applicability: the engine skips a Dockerfile rule whose `appliesTo` answers false, and skipping never
 * changes a finding. Every rule test snippet checks the latter through the rule tester; here the doc examples,
 * the bench corpus, mutations of it and the fixture Dockerfiles do.
 */
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { dockerfileFacts } from '../../server/src/engine/applicability';
import { memoryFileSystem } from '../../server/src/engine/fs';
import { lint } from '../../server/src/engine/lint';
import type { DockerfileRule, Rule } from '../../server/src/engine/rule';
import type { DockerfileModel } from '../../server/src/model/dockerfile/types';
import { parseDockerfile } from '../../server/src/model/dockerfile/parse';
import { allRules } from '../../server/src/rules';
import { loadCorpus, mutate, mutationArb, ROOT } from '../robustness/inputs';
import { NOW } from '../support/rule-tester';
import { assertSkippingSound } from '../support/skipping';

test('facts: keywords with ONBUILD triggers, command names before and after wrappers, in sh -c and heredocs', () => {
  const model = parseDockerfile(
    '# syntax=docker/dockerfile:1\nFROM alpine\nONBUILD EXPOSE 80\n' +
      'RUN --mount=type=cache,target=/x sudo -u app /usr/bin/apt-get install x && bash -c "apk add y"\n' +
      'RUN <<EOF\nyum install z\nEOF\nRUN $PM go | tee log\n',
  );
  const facts = dockerfileFacts(model);
  assert.deepEqual([...facts.keywords].sort(), ['EXPOSE', 'FROM', 'ONBUILD', 'RUN']);
  assert.deepEqual([...facts.commands].sort(), ['$PM', 'apk', 'apt-get', 'bash', 'sudo', 'tee', 'yum']);
  assert.deepEqual([...facts.flags], ['mount']);
  assert.deepEqual([facts.pipes, facts.heredocs, facts.directives, facts.dollar, facts.nonAscii], [true, true, true, true, false]);
});

test('facts of a file without pipes, heredocs, directives, variables or flags', () => {
  const facts = dockerfileFacts(parseDockerfile('FROM alpine\nRUN echo \u201chi\u201d\n'));
  assert.deepEqual([...facts.commands], ['echo']);
  assert.deepEqual([...facts.flags], []);
  assert.deepEqual([facts.pipes, facts.heredocs, facts.directives, facts.dollar, facts.nonAscii], [false, false, false, false, true]);
});

test('the engine skips a rule whose appliesTo answers false, and runs it otherwise', () => {
  const checked: string[] = [];
  const probe = (id: string, applies: (keywords: ReadonlySet<string>) => boolean): DockerfileRule => ({
    meta: { ...(allRules[0].meta as DockerfileRule['meta']), id, severity: 'warning' },
    check: (ctx) => {
      checked.push(id);
      ctx.report({ range: ctx.range(0, 4), message: id });
    },
    appliesTo: (facts) => applies(facts.keywords),
  });
  const rules: Rule[] = [probe('wants-expose', (k) => k.has('EXPOSE')), probe('wants-from', (k) => k.has('FROM'))];
  const findings = lint('FROM alpine\n', { kind: 'dockerfile', rules }).findings;
  assert.deepEqual(checked, ['wants-from']);
  assert.deepEqual(findings.map((f) => f.rule), ['wants-from']);
});

test('the facts are indexed once per model', () => {
  const model: DockerfileModel = parseDockerfile('FROM alpine\nRUN apk add x\n');
  assert.equal(dockerfileFacts(model), dockerfileFacts(model));
});

test('skipping is sound on every Dockerfile rule doc example', () => {
  const fs = memoryFileSystem({ '/work/.keep': '' });
  for (const rule of allRules) {
    if (rule.meta.target !== 'dockerfile') continue;
    for (const code of [rule.meta.docs.incorrect, rule.meta.docs.correct]) assertSkippingSound(code, { fs, now: NOW });
  }
});

test('skipping is sound on the bench corpus', async () => {
  const corpus = await loadCorpus();
  for (const seed of [20261123, 7]) {
    for (const file of corpus.dockerfileCorpus(seed, 150)) assertSkippingSound(file.text, { now: NOW });
  }
});

test('skipping is sound on mutated corpus files', async () => {
  const corpus = (await loadCorpus()).dockerfileCorpus(20261123, 150);
  fc.assert(
    fc.property(fc.nat(corpus.length - 1), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (k, mutations) => {
      assertSkippingSound(mutate(corpus[k].text, mutations), { now: NOW });
    }),
    { seed: 20261123, numRuns: 400 },
  );
});

test('skipping is sound on the fixture Dockerfiles, in their folders', () => {
  const folder = join(ROOT, 'test/fixtures/dockerfiles');
  for (const app of readdirSync(folder)) {
    const files = filesUnder(join(folder, app), '/work');
    for (const [path, text] of Object.entries(files)) {
      if (/dockerfile/i.test(path)) assertSkippingSound(text, { fileName: path, fs: memoryFileSystem(files), now: NOW });
    }
  }
});

/** The files of a folder and its subfolders, by their path under `mount`. */
function filesUnder(dir: string, mount: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(files, filesUnder(path, `${mount}/${name}`));
    else files[`${mount}/${name}`] = readFileSync(path, 'utf8');
  }
  return files;
}
