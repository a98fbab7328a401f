/** Applying one named fix of one rule to a text, for the engine tests of what every fix gets (engine/fix-*.ts). */
import assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/engine/fixes';
import { lint } from '../../server/src/engine/lint';
import type { FileKind, Finding, Fix } from '../../server/src/engine/types';

/** The date the tables judge time-based rules against. */
export const NOW = new Date('2026-11-23T00:00:00Z');

/** Every finding of every rule, all rules on. */
export function findingsOf(text: string, kind: FileKind): Finding[] {
  return lint(text, { kind, allRules: true, now: NOW }).findings;
}

/** The finding of `rule` that offers the fix titled `title`, and that fix; fails the test when there is none. */
export function fixOf(text: string, kind: FileKind, rule: string, title: string): { finding: Finding; fix: Fix } {
  const finding = findingsOf(text, kind).find((f) => f.rule === rule && f.fixes.some((x) => x.title === title));
  assert.ok(finding, `no ${rule} finding with the fix "${title}" in ${JSON.stringify(text)}`);
  return { finding, fix: finding.fixes.find((x) => x.title === title)! };
}

/** The text after that fix alone (safe or not). */
export function fixedBy(text: string, kind: FileKind, rule: string, title: string): string {
  const { finding, fix } = fixOf(text, kind, rule, title);
  return applyFixes(text, [{ ...finding, fixes: [fix] }], { unsafe: true }).text;
}
