import { isMap, isScalar } from 'yaml';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { PREDEFINED_PLATFORM_ARGS } from '../../model/dockerfile/parse';
import type { DockerfileModel, Stage } from '../../model/dockerfile/types';
import { keyName, nodeRange } from '../../model/compose/parse';
import { serviceBuilds, loadBuildDockerfile } from '../shared/compose-build';
import { scalarString, seqItems, valueOf } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'build-args-not-declared',
  target: 'compose',
  category: 'cross-file',
  severity: 'warning',
  summary: 'A `build.args` entry is declared by no `ARG` in the stages that build the target.',
  docs: {
    description:
      'A build argument reaches the build only through an `ARG` instruction in a stage that is built. Without one the value ' +
      'is dropped and BuildKit warns that the build arg was not consumed: usually a renamed `ARG` or a typo in the compose file.',
    incorrect: 'services:\n  api:\n    build:\n      args:\n        NODE_VERSON: "22"\n      dockerfile_inline: |\n        ARG NODE_VERSION=20\n        FROM node:${NODE_VERSION}\n',
    correct: 'services:\n  api:\n    build:\n      args:\n        NODE_VERSION: "22"\n      dockerfile_inline: |\n        ARG NODE_VERSION=20\n        FROM node:${NODE_VERSION}\n',
    notes:
      'Counted as declared: global `ARG`s before the first `FROM`, and `ARG`s of the target stage, the stages it builds on ' +
      'and the stages it copies or mounts from. BuildKit\'s predefined arguments (`HTTP_PROXY` and the other proxy variables, ' +
      '`BUILDKIT_*`, `SOURCE_DATE_EPOCH`, the platform arguments) are always accepted. Does nothing when the Dockerfile ' +
      'cannot be read.',
  },
  fix: 'none',
  aliases: [],
};

const PROXY_ARGS = new Set(['http_proxy', 'https_proxy', 'ftp_proxy', 'no_proxy', 'all_proxy']);

function isPredefined(name: string): boolean {
  return PROXY_ARGS.has(name.toLowerCase()) || name.startsWith('BUILDKIT_') || name === 'SOURCE_DATE_EPOCH' || PREDEFINED_PLATFORM_ARGS.includes(name);
}

/** The stages BuildKit builds for a target: its chain and every stage it copies or mounts from. */
function stagesFor(model: DockerfileModel, target: string | undefined): Stage[] {
  const byName = (ref: string): Stage | undefined =>
    /^\d+$/.test(ref) ? model.stages[Number(ref)] : model.stages.find((st) => st.name === ref.toLowerCase());
  const start = target ? byName(target) : model.stages[model.stages.length - 1];
  if (!start) return [];
  const out: Stage[] = [];
  const queue = [start];
  while (queue.length) {
    const stage = queue.pop() as Stage;
    if (out.includes(stage)) continue;
    out.push(stage);
    if (stage.parent) queue.push(stage.parent);
    for (const i of stage.instructions) {
      for (const f of i.flags) {
        const refs = f.name === 'from' && f.value ? [f.value] : f.name === 'mount' && f.value ? [...f.value.matchAll(/(?:^|,)from=([^,]+)/g)].map((m) => m[1]) : [];
        for (const r of refs) {
          const dep = byName(r);
          if (dep) queue.push(dep);
        }
      }
    }
  }
  return out;
}

function declaredArgs(model: DockerfileModel, target: string | undefined): Set<string> {
  const names = new Set<string>();
  const stages = stagesFor(model, target);
  for (const i of model.instructions) {
    if (i.keyword !== 'ARG' || (i.stage && !stages.includes(i.stage))) continue;
    for (const w of i.args) names.add(w.value.split('=')[0]);
  }
  return names;
}

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const { service: s, build } of serviceBuilds(ctx.model)) {
    if (!build?.map) continue;
    const args = valueOf(s.doc, build.map, 'args');
    const keys: { name: string; start: number; end: number }[] = [];
    if (isMap(args)) {
      for (const p of args.items) {
        const name = keyName(p);
        const r = nodeRange(p.key as never);
        if (name && r && name !== '<<') keys.push({ name, start: r[0], end: r[1] });
      }
    } else {
      for (const item of seqItems(s.doc, args)) {
        const str = isScalar(item) ? scalarString(ctx.model, item) : undefined;
        if (!str) continue;
        const name = str.text.split('=')[0];
        keys.push({ name, start: str.start, end: str.start + name.length });
      }
    }
    if (keys.length === 0) continue;
    const dockerfile = loadBuildDockerfile(ctx, build);
    if (!dockerfile || dockerfile.model.stages.length === 0) continue;
    const target = build.target?.text;
    if (target?.includes('$')) continue;
    const declared = declaredArgs(dockerfile.model, target);
    for (const k of keys) {
      if (k.name === '' || k.name.includes('$') || declared.has(k.name) || isPredefined(k.name)) continue;
      ctx.report({
        range: ctx.range(k.start, k.end),
        message: `Build argument ${code(k.name)} is declared by no \`ARG\` in the stages ${dockerfile.label} builds${target ? ` for target ${code(target)}` : ''}, so it is not used.`,
      });
    }
  }
}
