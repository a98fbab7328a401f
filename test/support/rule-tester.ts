/**
 * Table tests for one rule: `valid` snippets report nothing; `invalid` snippets report exactly the listed
 * findings (rule, range, message); `output` is the text after applying every finding's primary fix (and
 * `alternatives` the text after each further fix), after which the rule no longer reports there, and
 * fixing again changes nothing. A fix without an expected output fails the test.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { emptyConfig } from '../../server/src/engine/config';
import { applyFixes } from '../../server/src/engine/fixes';
import { emptyFileSystem, withChanges, type FileSystem } from '../../server/src/engine/fs';
import { lint, type LintOptions } from '../../server/src/engine/lint';
import type { FileChange, Finding } from '../../server/src/engine/types';
import { allRules } from '../../server/src/rules';
import { assertSkippingSound } from './skipping';

export const NOW = new Date('2026-11-23T00:00:00Z');

/** The named rules plus the engine's own, so a test's expectations do not change as rules are added. */
export function pick(...ids: string[]) {
  return allRules.filter((r) => ids.includes(r.meta.id) || r.meta.target === 'any');
}

export interface Case {
  code: string;
  /** Default: `/work/Dockerfile` or `/work/compose.yaml` by the rule's target. */
  fileName?: string;
  fs?: FileSystem;
  name?: string;
  options?: Record<string, unknown>;
}

export interface ExpectedFinding {
  /** [startLine, startCharacter, endLine, endCharacter], 0-based. */
  range: [number, number, number, number];
  message?: string | RegExp;
}

export interface InvalidCase extends Case {
  errors: ExpectedFinding[];
  /** Text after applying the primary fix of every finding (unsafe ones included). */
  output?: string;
  /** For the first finding: the text after each fix after the primary one, in order. */
  alternatives?: string[];
  /** Changes to other files the primary fixes ask for (required when there are any). */
  files?: FileChange[];
}

export function lintWithRule(ruleId: string, c: Case): Finding[] {
  const rule = allRules.find((r) => r.meta.id === ruleId);
  assert.ok(rule, `rule ${ruleId} is registered`);
  const config = emptyConfig();
  config.severities.set(ruleId, rule.meta.severity === 'off' ? 'warning' : rule.meta.severity);
  if (c.options) config.options.set(ruleId, c.options);
  const target = rule.meta.target === 'compose' ? 'compose' : 'dockerfile';
  const fileName = c.fileName ?? (target === 'compose' ? '/work/compose.yaml' : '/work/Dockerfile');
  const options: LintOptions = { fileName, kind: c.fileName ? undefined : target, config, fs: c.fs, now: NOW };
  const result = lint(c.code, options);
  // The engine turns a rule that throws into an `internal-error` finding, which filtering by rule would hide.
  const crash = result.findings.find((f) => f.rule === 'internal-error');
  assert.equal(crash, undefined, `a rule failed on this snippet: ${crash?.message}`);
  // Every rule test snippet also checks that skipping rules by their `appliesTo` changes no finding.
  if (result.kind === 'dockerfile') assertSkippingSound(c.code, options);
  return result.findings;
}

function only(ruleId: string, findings: Finding[]): Finding[] {
  return findings.filter((f) => f.rule === ruleId);
}

function label(c: Case): string {
  return c.name ?? JSON.stringify(c.code.length > 70 ? c.code.slice(0, 67) + '…' : c.code);
}

export function ruleTester(ruleId: string, cases: { valid: (string | Case)[]; invalid: InvalidCase[] }): void {
  const rule = allRules.find((r) => r.meta.id === ruleId);
  describe(`rule ${ruleId}`, () => {
    test('is registered', () => assert.ok(rule));
    for (const v of cases.valid) {
      const c = typeof v === 'string' ? { code: v } : v;
      test(`valid: ${label(c)}`, () => {
        const found = only(ruleId, lintWithRule(ruleId, c));
        assert.deepEqual(found.map((f) => f.message), [], 'expected no finding');
      });
    }
    for (const c of cases.invalid) {
      test(`invalid: ${label(c)}`, () => {
        const found = only(ruleId, lintWithRule(ruleId, c));
        assert.deepEqual(
          found.map((f) => [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character]),
          c.errors.map((e) => e.range),
          'ranges',
        );
        c.errors.forEach((e, i) => {
          if (e.message instanceof RegExp) assert.match(found[i].message, e.message);
          else if (e.message !== undefined) assert.equal(found[i].message, e.message);
        });
        for (const f of found) checkDeclaredFixes(ruleId, f);
        const fixable = found.filter((f) => f.fixes.length > 0);
        if (fixable.length > 0) assert.ok(c.output !== undefined, 'a finding has a fix, so the case needs an `output`');
        if (c.output !== undefined) {
          const fixed = applyFixes(c.code, found, { unsafe: true });
          assert.equal(fixed.text, c.output, 'text after the fix');
          const files = fixed.applied.flatMap((f) => f.files ?? []);
          if (files.length > 0 || c.files) assert.deepEqual(files, c.files ?? [], 'changes to other files');
          const fs = files.length > 0 ? withChanges(c.fs ?? emptyFileSystem, files) : c.fs;
          const after = only(ruleId, lintWithRule(ruleId, { ...c, code: fixed.text, fs }));
          assert.ok(after.length < found.length, 'the fix removes the finding it fixes');
          const again = applyFixes(fixed.text, after, { unsafe: true });
          assert.equal(again.text, fixed.text, 'fixing again changes nothing');
          assert.deepEqual(again.applied.flatMap((f) => f.files ?? []), [], 'fixing again changes no other file');
        }
        if (c.alternatives) {
          const first = found[0];
          assert.equal(first.fixes.length - 1, c.alternatives.length, 'number of alternative fixes');
          c.alternatives.forEach((expected, k) => {
            const alt = { ...first, fixes: [first.fixes[k + 1]] };
            assert.equal(applyFixes(c.code, [alt], { unsafe: true }).text, expected, `alternative fix ${k + 1}`);
          });
        }
      });
    }
  });
}

function checkDeclaredFixes(ruleId: string, f: Finding): void {
  const meta = allRules.find((r) => r.meta.id === ruleId)?.meta;
  assert.ok(meta);
  if (meta.fix === 'none') assert.equal(f.fixes.length, 0, `${ruleId} declares no fix but reported one`);
  for (const fix of f.fixes) {
    assert.ok(fix.edits.length > 0 || (fix.files?.length ?? 0) > 0, 'a fix changes something');
    if (fix.safety === 'unsafe') assert.match(fix.title, /^\(unsafe\) /, 'unsafe fix titles start with "(unsafe)"');
    if (meta.fix === 'unsafe') assert.equal(fix.safety, 'unsafe', `${ruleId} declares unsafe fixes but reported a safe one`);
  }
  // A rule declared safe puts its safe fix first whenever it offers one (an unsafe alternative may stand alone).
  if (meta.fix === 'safe' && f.fixes.some((x) => x.safety === 'safe')) assert.equal(f.fixes[0].safety, 'safe', 'the primary fix of a safe rule is safe');
}
