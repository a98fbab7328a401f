/**
 * The meta-test: every registered rule has a unique kebab-case id, metadata, docs whose examples behave as
 * labelled, a table test file and a generated docs page; the README's rule table is fresh.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { renderRuleDoc, updateReadme } from '../../server/src/engine/docs';
import { allRules } from '../../server/src/rules';
import { memoryFileSystem } from '../../server/src/engine/fs';
import { lintWithRule } from '../support/rule-tester';

/** Doc examples are linted as files in an empty, visible folder: workspace rules see that nothing else exists. */
const exampleFs = memoryFileSystem({ '/work/.keep': '' });

const root = join(__dirname, '../../..');
/** Rules whose doc examples cannot be linted, with the reason. */
const EXAMPLES_EXEMPT: Record<string, string> = {
  'internal-error': 'only a bug in a rule produces it',
  'compose-file-name-legacy': 'depends on the file name; the examples are linted as compose.yaml',
  'compose-file-name-ambiguous': 'needs a second compose file in the folder',
  'base-image-untrusted-registry': 'reports only once `trustedRegistries` is configured',
  'dockerignore-missing': 'needs a build-context folder on disk',
  'copy-ignored-file': 'needs a build context with a .dockerignore',
  'copy-source-missing': 'needs a visible build context',
  'label-required-missing': 'inactive until a label schema is configured',
  'label-not-in-schema': 'inactive until strict labels and a schema are configured',
  'label-value-invalid': 'inactive until a label schema is configured',
};

test('rule ids are unique and kebab-case', () => {
  const ids = allRules.map((r) => r.meta.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
  for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
});

test('every rule file is registered', () => {
  for (const target of ['dockerfile', 'compose', 'engine']) {
    const files = readdirSync(join(root, 'server/src/rules', target)).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    for (const file of files) {
      const id = file.replace(/\.ts$/, '');
      assert.ok(allRules.some((r) => r.meta.id === id), `${target}/${file} exports a rule whose id matches its file name`);
    }
  }
});

for (const rule of allRules) {
  const { meta } = rule;
  test(`${meta.id}: metadata, docs and tests`, () => {
    assert.ok(meta.summary.length > 10 && meta.summary.length <= 120, 'summary is one short line');
    assert.ok(meta.docs.description.length > 40, 'docs explain why');
    assert.ok(meta.docs.incorrect.trim() && meta.docs.correct.trim(), 'docs have incorrect and correct examples');
    if (meta.fix !== 'none') assert.ok(meta.docs.fix, 'a rule with a fix documents what it does');
    for (const alias of meta.aliases) assert.doesNotMatch(alias, /\s/, `alias ${alias} is one token`);
    const folder = meta.target === 'any' ? 'engine' : meta.target;
    assert.ok(existsSync(join(root, 'test/rules', folder, `${meta.id}.test.ts`)), `test/rules/${folder}/${meta.id}.test.ts exists`);
    const page = join(root, 'docs/rules', `${meta.id}.md`);
    assert.ok(existsSync(page), `docs/rules/${meta.id}.md exists (run npm run gen)`);
    assert.equal(readFileSync(page, 'utf8'), renderRuleDoc(meta), `docs/rules/${meta.id}.md is stale (run npm run gen)`);
  });
  if (EXAMPLES_EXEMPT[meta.id]) continue;
  test(`${meta.id}: doc examples behave as labelled`, () => {
    const found = lintWithRule(meta.id, { code: meta.docs.incorrect, fs: exampleFs }).filter((f) => f.rule === meta.id);
    assert.ok(found.length > 0, 'the incorrect example is reported');
    const clean = lintWithRule(meta.id, { code: meta.docs.correct, fs: exampleFs }).filter((f) => f.rule === meta.id);
    assert.deepEqual(clean.map((f) => f.message), [], 'the correct example is not reported');
  });
}

test('the README rule table is fresh', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.equal(readme, updateReadme(readme, allRules), 'README rule table is stale (run npm run gen)');
});

test('no docs page without a rule', () => {
  for (const name of readdirSync(join(root, 'docs/rules'))) {
    assert.ok(allRules.some((r) => `${r.meta.id}.md` === name), `docs/rules/${name} has no rule`);
  }
});
