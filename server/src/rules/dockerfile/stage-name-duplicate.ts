import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel, Stage } from '../../model/dockerfile/types';

export const meta: DockerfileRuleMeta = {
  id: 'stage-name-duplicate',
  target: 'dockerfile',
  category: 'stages',
  severity: 'warning',
  summary: 'Two stages have the same name.',
  docs: {
    description:
      'Stage names are compared without regard to case, so `AS build` and `AS Build` are the same name. With two stages of ' +
      'one name, `COPY --from=<name>`, `FROM <name>` and `--target <name>` become ambiguous: BuildKit rejects the file, and ' +
      'older builders silently pick one of them.',
    incorrect: 'FROM node:22-slim AS build\nRUN npm ci\n\nFROM node:22-slim AS build\nRUN npm run build',
    correct: 'FROM node:22-slim AS deps\nRUN npm ci\n\nFROM deps AS build\nRUN npm run build',
    fix: 'Renames the later stage to a free name (`build-2`). Unsafe: references after it that meant this stage keep the old name.',
  },
  fix: 'unsafe',
  aliases: ['DL3024', 'BK:DuplicateStageName', 'DU:DUPLICATE_BUILD_STAGE_NAME', 'CKV_DOCKER_11', 'DS-0012', 'KICS:f2daed12'],
};

export function check(ctx: RuleContext<DockerfileModel>): void {
  const first = new Map<string, Stage>();
  // Names a fix may not use; made at the first duplicate (most files have none).
  let taken: Set<string> | undefined;
  // The last suffix given to each name: `taken` only grows, so the next free one is above it (searching from 2
  // for every duplicate made a file of many duplicates of one name quadratic).
  const lastSuffix = new Map<string, number>();
  for (const stage of ctx.model.stages) {
    if (stage.name === undefined || stage.nameStart < 0) continue;
    const earlier = first.get(stage.name);
    if (!earlier) {
      first.set(stage.name, stage);
      continue;
    }
    const written = ctx.model.text.slice(stage.nameStart, stage.nameEnd);
    taken ??= new Set(ctx.model.stages.map((s) => s.name).filter((n): n is string => n !== undefined));
    let k = (lastSuffix.get(stage.name) ?? 1) + 1;
    while (taken.has(`${stage.name}-${k}`)) k++;
    lastSuffix.set(stage.name, k);
    const fresh = `${written}-${k}`;
    taken.add(fresh.toLowerCase());
    ctx.report({
      range: ctx.range(stage.nameStart, stage.nameEnd),
      message: `Stage name ${code(written)} is already used by stage ${earlier.index}; stage names must be unique (case is ignored).`,
      related: [{ range: ctx.range(earlier.nameStart, earlier.nameEnd), message: 'First stage with this name' }],
      fix: makeFix(`Rename this stage to ${fresh}`, 'unsafe', [replaceEdit(ctx.document, stage.nameStart, stage.nameEnd, fresh)]),
    });
  }
}
