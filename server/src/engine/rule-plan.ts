/**
 * What a lint runs, worked out once per rule set (and, without a configuration, once per rule set and kind):
 * the checkable rules as plain records, and the steps of a run, each rule with its severity and options.
 */
import type { DockerfileFacts } from './applicability';
import { ResolvedConfig } from './config';
import type { Model } from './lint';
import { ComposeRule, DockerfileRule, isCheckable, Rule, RuleContext } from './rule';
import type { RuleMeta, RuleSeverity, Severity } from './types';

/**
 * A checkable rule as the lint loop reads it: copied once from the rule module into a plain record. The
 * registry's rules are module namespace objects, each of its own shape (in the bundle, with a getter per
 * export), so reading them in the loop was some ten megamorphic getter calls per rule and file.
 */
export interface PlannedRule {
  id: string;
  /** The default severity (`meta.severity`). */
  severity: RuleSeverity;
  /** Default options (`meta.options`). */
  options: Readonly<Record<string, unknown>> | undefined;
  check: (ctx: RuleContext<Model>) => void;
  appliesTo: ((facts: DockerfileFacts) => boolean) | undefined;
}

/** One rule of a run: the rule with the severity and options the configuration gives it. */
export interface RunStep {
  rule: PlannedRule;
  severity: Severity;
  options: Readonly<Record<string, unknown>>;
  /** The user configured the rule's severity: it wins over a severity a report asks for. */
  configured: boolean;
}

/** Per rule set, computed once: rules by target and metadata by id. */
export interface RuleIndex {
  byTarget: Record<Model['kind'], PlannedRule[]>;
  /** Ids of byTarget's rules. */
  checkableIds: Record<Model['kind'], Set<string>>;
  metaById: Map<string, RuleMeta>;
  /** Steps of a run without configuration, by kind and by `allRules` ('all' or 'default'). */
  unconfigured: Map<string, RunStep[]>;
}

const indexes = new WeakMap<readonly Rule[], RuleIndex>();

export function ruleIndex(rules: readonly Rule[]): RuleIndex {
  let index = indexes.get(rules);
  if (!index) {
    const checkable = rules.filter(isCheckable);
    const byTarget = {
      dockerfile: checkable.filter((r) => r.meta.target === 'dockerfile').map(planned),
      compose: checkable.filter((r) => r.meta.target === 'compose').map(planned),
    };
    index = {
      byTarget,
      checkableIds: {
        dockerfile: new Set(byTarget.dockerfile.map((r) => r.id)),
        compose: new Set(byTarget.compose.map((r) => r.id)),
      },
      metaById: new Map(rules.map((r) => [r.meta.id, r.meta])),
      unconfigured: new Map(),
    };
    indexes.set(rules, index);
  }
  return index;
}

function planned(rule: DockerfileRule | ComposeRule): PlannedRule {
  const meta = rule.meta;
  const appliesTo = 'appliesTo' in rule ? rule.appliesTo : undefined;
  return { id: meta.id, severity: meta.severity, options: meta.options, check: rule.check as (ctx: RuleContext<Model>) => void, appliesTo };
}

export const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * The rules a lint of this kind runs, in registry order. A configuration may change between lints, so its
 * steps are worked out per lint; without one they are kept on the index.
 */
export function runSteps(index: RuleIndex, kind: Model['kind'], config: ResolvedConfig | undefined, allOn: boolean): RunStep[] {
  if (config) return stepsFor(index.byTarget[kind], config, allOn);
  const key = `${kind} ${allOn ? 'all' : 'default'}`;
  let steps = index.unconfigured.get(key);
  if (!steps) index.unconfigured.set(key, (steps = stepsFor(index.byTarget[kind], undefined, allOn)));
  return steps;
}

function stepsFor(rules: readonly PlannedRule[], config: ResolvedConfig | undefined, allOn: boolean): RunStep[] {
  const steps: RunStep[] = [];
  for (const rule of rules) {
    const severity = effectiveSeverity(rule, config, allOn);
    if (severity === 'off') continue;
    const configured = config?.options.get(rule.id);
    const options = rule.options || configured ? { ...(rule.options ?? {}), ...(configured ?? {}) } : NO_OPTIONS;
    steps.push({ rule, severity, options, configured: config?.severities.has(rule.id) ?? false });
  }
  return steps;
}

export function effectiveSeverity(meta: Pick<RuleMeta, 'id' | 'severity'>, config: ResolvedConfig | undefined, allOn: boolean): RuleSeverity {
  const configured = config?.severities.get(meta.id) ?? meta.severity;
  if (configured === 'off' && allOn) return meta.severity === 'off' ? 'warning' : meta.severity;
  return configured;
}
