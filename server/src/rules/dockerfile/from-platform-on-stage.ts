import type { DockerfileFacts } from '../../engine/applicability';
import { makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { chainRoot } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { removeFlagEdit } from '../shared/flag-edits';

export const meta: DockerfileRuleMeta = {
  id: 'from-platform-on-stage',
  target: 'dockerfile',
  category: 'multi-arch',
  severity: 'warning',
  summary: '`FROM --platform` on a stage built from an earlier stage is ignored.',
  docs: {
    description:
      'The builder applies `--platform` when it pulls an image. A stage that starts from an earlier stage ' +
      '(`FROM --platform=$BUILDPLATFORM base`) takes that stage as it is, built for the platform of its own `FROM`, and ' +
      'the flag is dropped without a warning (moby/buildkit#2946). So a stage meant to run natively on the build machine ' +
      'still runs emulated. Put the flag on the `FROM` of the first stage of the chain, the one that names an image, or ' +
      'start this stage from the image itself.',
    incorrect:
      'FROM golang:1.25 AS base\nRUN go install golang.org/x/tools/cmd/stringer@v0.38.0\n\n' +
      'FROM --platform=$BUILDPLATFORM base AS build\nARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .',
    correct:
      'FROM --platform=$BUILDPLATFORM golang:1.25 AS base\nRUN go install golang.org/x/tools/cmd/stringer@v0.38.0\n\n' +
      'FROM base AS build\nARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .',
    fix: 'Removes the flag. Safe: the builder ignores it, so the build does not change.',
    notes:
      'A flag that repeats the platform of the chain\'s first stage (or `$TARGETPLATFORM` where it has none) is left ' +
      'alone: it changes nothing and says what happens. `from-platform-constant` and `from-platform-redundant-target` ' +
      'leave a `FROM` that names a stage to this rule.',
  },
  fix: 'safe',
  aliases: [],
};

/** It reads only `FROM --platform` flags. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.flags.has('platform');
}

/** A platform value as written, compared loosely: quotes and braces dropped (`"${BUILDPLATFORM}"` is `$BUILDPLATFORM`). */
function normalized(value: string | null | undefined): string {
  return (value ?? '').replace(/["']/g, '').replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, '$$$1');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const stage of ctx.model.stages) {
    const flag = stage.platform;
    if (!flag || !stage.parent) continue;
    // Repeating the platform the chain already has (`FROM --platform=$BUILDPLATFORM base` on a `$BUILDPLATFORM` base,
    // as ollama and docker/getting-started do) changes nothing and misleads no one: only a different one is reported.
    const root = chainRoot(stage);
    const effective = root.platform ? normalized(root.platform.value) : '$TARGETPLATFORM';
    if (normalized(flag.value) === effective) continue;
    const base = stage.parent.name ?? String(stage.parent.index);
    ctx.report({
      range: ctx.range(flag.start, flag.end),
      message: `${code('--platform')} is ignored on a stage built from stage ${code(base)}; the platform comes from that stage's \`FROM\`.`,
      fix: makeFix('Remove the ignored --platform flag', 'safe', [removeFlagEdit(ctx.document, ctx.model.text, flag)]),
    });
  }
}
