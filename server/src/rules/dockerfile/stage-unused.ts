import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { finalStages, fromValues, resolvedFrom, stageAnchor, usedStages } from '../shared/stage-graph';

export const meta: DockerfileRuleMeta = {
  id: 'stage-unused',
  target: 'dockerfile',
  category: 'stages',
  severity: 'info',
  summary: 'A stage is neither the final stage nor used by another stage.',
  docs: {
    description:
      'BuildKit builds only the stages the target needs. A stage that no `FROM`, `COPY --from` or `RUN --mount from=` refers ' +
      'to, and that is not the last stage, is skipped by a plain `docker build`: its instructions never run, which is ' +
      'surprising when it was meant to run tests or produce files. It may still be a `--target` used by CI; then this ' +
      'finding can be ignored for that stage.',
    incorrect: 'FROM golang:1.25 AS build\nRUN go build -o /app .\n\nFROM golang:1.25 AS test\nRUN go test ./...\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app',
    correct: 'FROM golang:1.25 AS build\nRUN go build -o /app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app',
    notes:
      'References by name or by index count; when a `FROM` or `--from` holds a variable with no known value, nothing is ' +
      'reported, since it could name any stage. Stages built as `build.target` by a compose file, or as `target` by a Bake ' +
      'file, in the Dockerfile\'s folder or up to three folders above it, count as used. Targets given only on a command ' +
      'line (CI scripts, Makefiles) cannot be seen.',
  },
  fix: 'none',
  aliases: [],
};

export function check(ctx: RuleContext<DockerfileModel>): void {
  const stages = ctx.model.stages;
  if (stages.length < 2) return;
  // A `--from` or `FROM` whose variable has no known value could name any stage: stay silent.
  const unknownReference =
    stages.some((s) => s.image.resolved === undefined) ||
    ctx.model.instructions.some((i) => fromValues(i).some((f) => resolvedFrom(f, ctx.model.escape) === undefined));
  if (unknownReference) return;
  const used = usedStages(ctx.model);
  const finals = new Set(finalStages(ctx));
  for (const stage of stages) {
    if (finals.has(stage) || used.has(stage)) continue;
    const [start, end] = stageAnchor(stage);
    const label = stage.name !== undefined ? `Stage ${code(stage.name)}` : `Stage ${stage.index} (${code(stage.image.raw)})`;
    ctx.report({
      range: ctx.range(start, end),
      message: `${label} is not used by any later stage and is not the final stage, so a default build skips it (unless CI builds it with \`--target\`).`,
    });
  }
}
