import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { getFlagDoc } from '../../knowledge/dockerfile';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';

const UNIT_NS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

export const meta: DockerfileRuleMeta = {
  id: 'healthcheck-invalid-duration',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: 'A `HEALTHCHECK` duration flag is not a valid duration of at least 1ms.',
  docs: {
    description:
      '`--interval`, `--timeout`, `--start-period` and `--start-interval` take Go durations: a number with a unit, ' +
      'such as `30s`, `1m30s` or `500ms`. Units are `ns`, `us`, `µs`, `ms`, `s`, `m` and `h`. A bare number ' +
      '(`--interval=30`), a spelled-out unit (`30sec`), a negative value or one below 1ms makes the build fail.',
    incorrect: 'FROM nginx:1.27\nHEALTHCHECK --interval=30 --timeout=5sec CMD curl -f http://localhost/ || exit 1',
    correct: 'FROM nginx:1.27\nHEALTHCHECK --interval=30s --timeout=5s CMD curl -f http://localhost/ || exit 1',
    fix: 'Appends `s` to a bare number. Unsafe: the number may have been meant in another unit.',
    notes: 'A zero duration (`0`, `0s`) is accepted: the builder reads it as "use the default".',
  },
  fix: 'unsafe',
  aliases: ['DU:FLAG_INVALID_DURATION', 'DU:FLAG_MISSING_DURATION', 'DU:FLAG_UNKNOWN_UNIT', 'DU:FLAG_LESS_THAN_1MS'],
};

/** Nanoseconds of a Go duration, or an explanation of why it is not one. */
export function parseGoDuration(text: string): number | string {
  let s = text;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') return 'is empty';
  let total = 0;
  while (s !== '') {
    const m = /^(\d*(?:\.\d*)?)([^\d.]*)/.exec(s);
    if (!m || m[1] === '' || m[1] === '.') return 'is not a duration such as `30s` or `1m30s`';
    if (m[2] === '') return 'has no unit; add one, e.g. `s`';
    const unit = UNIT_NS[m[2]];
    if (unit === undefined) return `has the unknown unit ${code(m[2])}; use \`ns\`, \`us\`, \`ms\`, \`s\`, \`m\` or \`h\``;
    total += Number(m[1]) * unit;
    s = s.slice(m[0].length);
  }
  return sign * total;
}

/** It reads only HEALTHCHECK instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'HEALTHCHECK');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    if (instruction.keyword !== 'HEALTHCHECK') continue;
    for (const flag of instruction.flags) {
      const doc = getFlagDoc('HEALTHCHECK', flag.name);
      if (doc?.valueKind !== 'duration' || !flag.value || flag.value.includes('$')) continue;
      const parsed = parseGoDuration(flag.value);
      let problem: string | undefined;
      if (typeof parsed === 'string') problem = parsed;
      else if (parsed < 0) problem = 'is negative';
      else if (parsed > 0 && parsed < 1e6) problem = 'is below the 1ms minimum';
      if (!problem) continue;
      const bare = /^\d+$/.test(flag.value);
      ctx.report({
        range: ctx.range(flag.valueStart, flag.valueEnd),
        message: `${code(`--${flag.name}`)} value ${code(flag.value)} ${problem}.`,
        fix: bare ? makeFix(`Use ${flag.value}s`, 'unsafe', [insertEdit(ctx.document, flag.valueEnd, 's')]) : undefined,
      });
    }
  }
}
