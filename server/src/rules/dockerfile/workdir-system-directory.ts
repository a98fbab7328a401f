import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { normalize } from '../../engine/fs';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { expandVariables } from '../../model/dockerfile/variables';

export const meta: DockerfileRuleMeta = {
  id: 'workdir-system-directory',
  target: 'dockerfile',
  category: 'runtime',
  severity: 'warning',
  summary: '`WORKDIR` inside a system folder such as `/proc`, `/dev` or `/boot`.',
  docs: {
    description:
      '`/proc` and `/dev` are replaced by kernel file systems when the container starts, and `/boot`, `/initrd` and ' +
      '`/lost+found` belong to the host\'s boot process. Files written there at build time vanish or cause confusing ' +
      'errors at run time. Use a folder of your own, such as `/app`.',
    incorrect: 'FROM debian:bookworm-slim\nWORKDIR /proc/app',
    correct: 'FROM debian:bookworm-slim\nWORKDIR /app',
    notes: 'Variables are expanded from ARG and ENV first; a path with an unknown value is not judged.',
  },
  fix: 'none',
  aliases: ['DS-0030'],
};

const SYSTEM = ['/proc', '/boot', '/dev', '/initrd', '/lost+found'];
/** A path can normalise into a system folder only if it names one (a cheap test before normalising). */
const SYSTEM_NAME = /proc|boot|dev|initrd|lost\+found/;

/** It reads only WORKDIR instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'WORKDIR');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const i of ctx.model.instructions) {
    if (i.keyword !== 'WORKDIR' || i.args.length === 0) continue;
    const word = i.args[0];
    const unquoted = word.value[0] === '"' || word.value[0] === "'" ? word.value.replace(/^(["'])(.*)\1$/, '$2') : word.value;
    const value = expandVariables(unquoted, i.scope, ctx.model.escape).value;
    if (value === undefined || !value.startsWith('/') || !SYSTEM_NAME.test(value)) continue;
    const path = normalize(value);
    const root = SYSTEM.find((s) => path === s || path.startsWith(s + '/'));
    if (!root) continue;
    ctx.report({
      range: ctx.range(word.start, word.end),
      message: `${code(path)} is under ${code(root)}, a system folder that is replaced or meaningless at run time.`,
    });
  }
}
