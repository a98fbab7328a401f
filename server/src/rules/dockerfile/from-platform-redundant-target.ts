import type { DockerfileFacts } from '../../engine/applicability';
import { makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { removeFlagEdit } from '../shared/flag-edits';

export const meta: DockerfileRuleMeta = {
  id: 'from-platform-redundant-target',
  target: 'dockerfile',
  category: 'multi-arch',
  severity: 'warning',
  summary: '`FROM --platform=$TARGETPLATFORM` repeats the default.',
  docs: {
    description:
      'Every stage is built for the target platform unless told otherwise, so `--platform=$TARGETPLATFORM` changes nothing. ' +
      'It is often a leftover of a mistaken attempt at cross-compilation, where `$BUILDPLATFORM` was meant.',
    incorrect: 'FROM --platform=$TARGETPLATFORM alpine:3.22\nRUN apk add --no-cache curl',
    correct: 'FROM alpine:3.22\nRUN apk add --no-cache curl',
    fix: 'Removes the flag. Safe: the target platform is the default.',
  },
  fix: 'safe',
  aliases: ['DL3065', 'BK:RedundantTargetPlatform'],
};

const TARGET = /^(["']?)\$(\{TARGETPLATFORM\}|TARGETPLATFORM)\1$/;

/** It reads only `FROM --platform` flags. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.flags.has('platform');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const stage of ctx.model.stages) {
    const flag = stage.platform;
    // On a stage built from another the flag is ignored: `from-platform-on-stage` reports it.
    if (!flag?.value || !TARGET.test(flag.value) || stage.parent) continue;
    ctx.report({
      range: ctx.range(flag.valueStart, flag.valueEnd),
      message: `${code('--platform=' + flag.value)} is the default for every stage; the flag has no effect.`,
      fix: makeFix('Remove the redundant --platform flag', 'safe', [removeFlagEdit(ctx.document, ctx.model.text, flag)]),
    });
  }
}
