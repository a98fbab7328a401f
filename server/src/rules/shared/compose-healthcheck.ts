/**
 * Whether a service has a healthcheck: in the compose file, or (workspace-aware) in the target stage
 * chain of the Dockerfile it builds. Shared by `depends-on-healthy-without-healthcheck` and
 * `healthcheck-missing`, with the template their fixes add.
 */
import { Document, isMap, YAMLMap } from 'yaml';
import { makeFix } from '../../engine/edits';
import type { RuleContext } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { ComposeModel } from '../../model/compose/types';
import { stageChain } from '../../model/dockerfile/queries';
import { buildSection, loadBuildDockerfile } from './compose-build';
import { findPair, isTrueValue, scalarString, seqItems, valueOf } from './compose-nodes';
import { appendLinesEdit } from './compose-text-edits';

export type HealthcheckState = 'defined' | 'disabled' | 'none';

/** The service's own `healthcheck:`: defined, disabled (`disable: true`, `test: ["NONE"]`), or none. */
export function composeHealthcheck(model: ComposeModel, doc: Document, body: YAMLMap): HealthcheckState {
  const hc = valueOf(doc, body, 'healthcheck');
  if (!findPair(doc, body, 'healthcheck')) return 'none';
  if (!isMap(hc)) return 'defined';
  if (isTrueValue(valueOf(doc, hc, 'disable'))) return 'disabled';
  const test = valueOf(doc, hc, 'test');
  const first = seqItems(doc, test)[0];
  const word = scalarString(model, first ?? test)?.text.trim().toUpperCase();
  if (word === 'NONE') return 'disabled';
  if (!findPair(doc, hc, 'test')) return 'none'; // only timings: the image's HEALTHCHECK decides
  return 'defined';
}

/**
 * The `HEALTHCHECK` of the Dockerfile the service builds (its target stage chain): defined, disabled
 * (`HEALTHCHECK NONE`), none, or undefined when there is no readable local Dockerfile.
 */
export function dockerfileHealthcheck(ctx: RuleContext<ComposeModel>, doc: Document, body: YAMLMap): HealthcheckState | undefined {
  const build = buildSection(ctx.model, doc, body);
  if (!build) return undefined;
  const dockerfile = loadBuildDockerfile(ctx, build);
  if (!dockerfile || dockerfile.model.stages.length === 0) return undefined;
  const stages = dockerfile.model.stages;
  const target = build.target?.text;
  if (target?.includes('$')) return undefined;
  const stage = target ? stages.find((s) => s.name === target.toLowerCase()) : stages[stages.length - 1];
  if (!stage) return undefined;
  for (const st of stageChain(stage)) {
    const hc = [...st.instructions].reverse().find((i) => i.keyword === 'HEALTHCHECK');
    if (hc) return hc.args[0]?.value.toUpperCase() === 'NONE' ? 'disabled' : 'defined';
  }
  return 'none';
}

/** Adds a `healthcheck:` block to a service (a template to adapt). Unsafe: the probe must fit the service. */
export function addHealthcheckFix(ctx: RuleContext<ComposeModel>, body: YAMLMap, service: string): Fix | undefined {
  const edit = appendLinesEdit(ctx.document, ctx.model.text, body, [
    'healthcheck:',
    '  test: ["CMD-SHELL", "curl -fsS http://localhost/ || exit 1"]',
    '  interval: 30s',
    '  timeout: 5s',
    '  retries: 3',
  ]);
  return edit ? makeFix(`Add a healthcheck template to ${service}`, 'unsafe', [edit]) : undefined;
}
