import type { DockerfileFacts } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { closest, code } from '../../engine/text';
import { isDockerOfficialImage } from '../../knowledge/dockerfile';
import { namesEarlierStage } from '../../model/dockerfile/queries';
import type { DockerfileModel, Stage } from '../../model/dockerfile/types';
import { fromValues, resolvedFrom } from '../shared/stage-graph';
import { buildsUsing } from '../shared/workspace-builds';

export const meta: DockerfileRuleMeta = {
  id: 'copy-from-unknown-stage',
  target: 'dockerfile',
  category: 'stages',
  severity: 'warning',
  summary: '`COPY --from` or `RUN --mount from=` names no stage of this file.',
  docs: {
    description:
      '`--from` takes a stage name, the index of an earlier stage, or an image. A name that matches no stage is treated as an ' +
      'image to pull, so a typo in a stage name turns into a confusing "pull access denied" error, or worse, silently copies ' +
      'files from a public image of that name.',
    incorrect: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=biuld /out/app /app',
    correct: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app',
    fix:
      'Changes the value to an earlier stage\'s name: the nearest (looked for among the hundred stages just before), then ' +
      'the first stages of the file. Unsafe: only you know which stage was meant.',
    notes:
      'Values that look like images (with `:`, `/` or `@`) and Docker Official Image names (`--from=nginx`) are not reported, ' +
      'nor are named contexts declared by a compose `additional_contexts` or a Bake `contexts` entry for this Dockerfile. ' +
      'A name defined only by a later stage is reported as defined later: BuildKit resolves it, older builders pull an ' +
      'image instead. A stage naming itself is `copy-from-own-stage`\'s.',
  },
  fix: 'unsafe',
  aliases: ['DL3022', 'KICS:68a51e22'],
};

/** It reads only `COPY --from` and `RUN --mount` flags. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.flags.has('from') || facts.flags.has('mount');
}

/**
 * How many of the stages just before a `--from` its suggestion is looked for among. Files have a few dozen stages;
 * in one of thousands, each unknown `--from` compared itself with every earlier stage, which grew with the square
 * of the file.
 */
const SUGGESTION_CANDIDATES = 100;

export function check(ctx: RuleContext<DockerfileModel>): void {
  const stages = ctx.model.stages;
  let namedContexts: ReadonlySet<string> | undefined;
  // Where each name is last defined, and the names of the stages before the current one, grown stage by stage.
  let lastNamed: Map<string, number> | undefined;
  const earlier: string[] = [];
  let listed = 0;
  for (const instruction of ctx.model.instructions) {
    const current = instruction.stage;
    if (!current) continue;
    for (const from of fromValues(instruction)) {
      const value = resolvedFrom(from, ctx.model.escape);
      if (value === undefined || value === '' || /[:/@]/.test(value)) continue;
      if (/^\d+$/.test(value) && Number(value) < current.index) continue;
      const name = value.toLowerCase();
      if (namesEarlierStage(stages, name, current.index)) continue;
      // The stage's own name is copy-from-own-stage's; official image names and named contexts are not stages.
      namedContexts ??= workspaceNamedContexts(ctx);
      if (current.name === name || isDockerOfficialImage(name) || namedContexts.has(name)) continue;
      for (; listed < current.index; listed++) if (stages[listed]!.name) earlier.push(stages[listed]!.name!);
      lastNamed ??= lastIndexByName(stages);
      const range = ctx.range(from.start, from.end);
      const later = (lastNamed.get(name) ?? -1) > current.index;
      const literal = from.value === value;
      const nearest = closest(value, earlier.slice(-SUGGESTION_CANDIDATES), 3);
      const ordered = nearest ? [nearest, ...earlier.slice(0, 5).filter((n) => n !== nearest)] : earlier.slice(0, 5);
      const fixes = literal ? ordered.slice(0, 5).map((n) => makeFix(`Change to stage ${n}`, 'unsafe', [replaceEdit(ctx.document, from.start, from.end, n)])) : [];
      if (later) {
        ctx.report({ range, message: `Stage ${code(value)} is defined later in the file; only earlier stages can be copied from on every builder.`, fix: fixes });
      } else if (/^\d+$/.test(value)) {
        ctx.report({ range, message: `Stage index ${code(value)} does not name an earlier stage (this is stage ${current.index}).`, fix: fixes });
      } else {
        ctx.report({
          range,
          message: `No stage named ${code(value)}${nearest ? `. Did you mean ${code(nearest)}?` : '; unless the build passes a context of that name (`--build-context`), it is pulled as an image.'}`,
          fix: fixes,
        });
      }
    }
  }
}

function lastIndexByName(stages: readonly Stage[]): Map<string, number> {
  const last = new Map<string, number>();
  for (const s of stages) if (s.name) last.set(s.name, s.index);
  return last;
}

/** Names (lower case) of the named build contexts the workspace's builds pass. */
function workspaceNamedContexts(ctx: RuleContext<DockerfileModel>): Set<string> {
  return new Set(buildsUsing(ctx.fs, ctx.fileName).flatMap((b) => b.namedContexts.map((n) => n.toLowerCase())));
}
