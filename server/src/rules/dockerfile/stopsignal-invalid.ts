import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code, editDistance } from '../../engine/text';
import { expandVariables } from '../../model/dockerfile/variables';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';

const NAMES = [
  'HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'IOT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM',
  'TERM', 'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF', 'WINCH',
  'IO', 'POLL', 'PWR', 'SYS', 'RTMIN', 'RTMAX',
  ...Array.from({ length: 15 }, (_, k) => `RTMIN+${k + 1}`),
  ...Array.from({ length: 14 }, (_, k) => `RTMAX-${k + 1}`),
];

export const meta: DockerfileRuleMeta = {
  id: 'stopsignal-invalid',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: '`STOPSIGNAL` is not a known signal name or number.',
  docs: {
    description:
      '`STOPSIGNAL` sets the signal `docker stop` sends first. It takes a signal name (`SIGTERM`, `SIGQUIT`, also ' +
      'without the `SIG` prefix) or a number from 1 to 64. A misspelt name such as `SIGTREM` is rejected.',
    incorrect: 'FROM nginx:1.27\nSTOPSIGNAL SIGTREM',
    correct: 'FROM nginx:1.27\nSTOPSIGNAL SIGQUIT',
    fix: 'Replaces the value with the nearest signal name. Unsafe: another signal may have been meant.',
    notes: 'A variable is checked through its ARG or ENV value; one without a known value is skipped.',
  },
  fix: 'unsafe',
  aliases: ['DU:INVALID_SIGNAL'],
};

/** The closest signal name within two edits; a swap of two letters (`TREM`) counts as the closest. */
function nearestSignal(word: string): string | undefined {
  const sorted = (w: string) => [...w].sort().join('');
  let best: string | undefined;
  let bestScore = 2.5;
  for (const name of NAMES) {
    const score = editDistance(word, name, 2) - (sorted(word) === sorted(name) ? 0.5 : 0);
    if (score < bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

export function isValidSignal(value: string): boolean {
  if (/^\d+$/.test(value)) return Number(value) >= 1 && Number(value) <= 64;
  const name = value.toUpperCase().replace(/^SIG/, '');
  return NAMES.includes(name);
}

/** It reads only STOPSIGNAL instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'STOPSIGNAL');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    if (instruction.keyword !== 'STOPSIGNAL' || instruction.args.length === 0) continue;
    const word = instruction.args[0];
    const value = expandVariables(word.value, instruction.scope, ctx.model.escape).value;
    if (value === undefined || isValidSignal(value)) continue;
    const literal = value === word.value;
    const guess = literal && !/^\d+$/.test(value) ? nearestSignal(value.toUpperCase().replace(/^SIG/, '')) : undefined;
    ctx.report({
      range: ctx.range(word.start, word.end),
      message: `${code(value)} is not a signal${literal ? '' : ` (from ${code(word.value)})`}${guess ? `. Did you mean ${code(`SIG${guess}`)}?` : '.'}`,
      fix: guess ? makeFix(`Replace with SIG${guess}`, 'unsafe', [replaceEdit(ctx.document, word.start, word.end, `SIG${guess}`)]) : undefined,
    });
  }
}
