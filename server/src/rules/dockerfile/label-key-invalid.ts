import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { labelEntries } from '../shared/labels';

export const meta: DockerfileRuleMeta = {
  id: 'label-key-invalid',
  target: 'dockerfile',
  category: 'labels',
  severity: 'info',
  summary: 'A LABEL key that breaks the label key format or uses a namespace reserved for Docker.',
  docs: {
    description:
      'Docker recommends label keys in lower case, made of letters, digits, `.`, `-` and `/`, starting with a letter and ' +
      'ending with a letter or digit, without `..` or `--`, and namespaced by reverse DNS (`org.opencontainers.image.*`). ' +
      'Tools that filter or index labels rely on it, and `com.docker.*`, `io.docker.*` and `org.dockerproject.*` are ' +
      'reserved for Docker itself.',
    incorrect: 'FROM alpine:3.20\nLABEL Maintainer="team@example.com"',
    correct: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="team@example.com"',
    fix: 'Lower-cases the key when that alone makes it valid. Unsafe: it is a different key for whatever reads it.',
    notes: 'Keys that hold a variable are not judged.',
  },
  fix: 'unsafe',
  aliases: ['DL3048'],
};

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/** Why a key is invalid, or undefined when it is fine. */
export function keyProblem(key: string): string | undefined {
  if (RESERVED.some((r) => key.toLowerCase().startsWith(r))) return `uses the reserved namespace ${code(RESERVED.find((r) => key.toLowerCase().startsWith(r)) ?? '')}`;
  if (!/^[a-z]/.test(key)) return 'does not start with a lower-case letter';
  if (!/[a-z0-9]$/.test(key)) return 'does not end with a letter or digit';
  if (/[^a-z0-9./-]/.test(key)) return 'holds characters other than lower-case letters, digits, `.`, `-` and `/`';
  if (key.includes('..') || key.includes('--')) return 'contains `..` or `--`';
  return undefined;
}

/** It reads only LABEL instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'LABEL');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const label of labelEntries(ctx.model)) {
    if (label.key.includes('$')) continue;
    const problem = keyProblem(label.key);
    if (!problem) continue;
    const lower = label.key.toLowerCase();
    const raw = ctx.model.text.slice(label.keyStart, label.keyEnd);
    const fixable = lower !== label.key && keyProblem(lower) === undefined && raw.includes(label.key);
    const at = label.keyStart + raw.indexOf(label.key);
    ctx.report({
      range: ctx.range(label.keyStart, label.keyEnd),
      message: `Label key ${code(label.key)} ${problem}.`,
      fix: fixable ? makeFix(`Lower-case the key to ${lower}`, 'unsafe', [replaceEdit(ctx.document, at, at + label.key.length, lower)]) : undefined,
    });
  }
}
