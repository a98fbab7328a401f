/**
 * Soundness of rule applicability (`appliesTo`, server/src/engine/applicability.ts): a Dockerfile linted with
 * every rule on gives the same findings whether or not the engine skips the rules that say they cannot report.
 */
import assert from 'node:assert/strict';
import { lint, type LintOptions } from '../../server/src/engine/lint';
import type { DockerfileRule, Rule } from '../../server/src/engine/rule';
import { allRules } from '../../server/src/rules';

/** The registry with every `appliesTo` left out: the engine runs each rule on every file. */
export const RULES_NEVER_SKIPPED: readonly Rule[] = allRules.map((rule): Rule =>
  isDockerfileRule(rule) ? { meta: rule.meta, check: rule.check } : rule,
);

function isDockerfileRule(rule: Rule): rule is DockerfileRule {
  return rule.meta.target === 'dockerfile' && 'check' in rule;
}

/** Lints `code` as a Dockerfile with all rules on, with and without skipping, and asserts equal findings. */
export function assertSkippingSound(code: string, options: LintOptions = {}): void {
  const run = { kind: 'dockerfile' as const, fileName: '/work/Dockerfile', ...options, allRules: true };
  const skipping = lint(code, run).findings;
  const running = lint(code, { ...run, rules: RULES_NEVER_SKIPPED }).findings;
  assert.deepEqual(skipping, running, 'a rule skipped by its appliesTo would have reported on this file');
}
