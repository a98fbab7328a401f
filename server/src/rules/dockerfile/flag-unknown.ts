import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { closest, code } from '../../engine/text';
import { flagNeedsValue, flagsFor } from '../../knowledge/dockerfile';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { leadingDashWords, shortWithoutFirstArgument, withTriggers } from '../shared/dockerfile-syntax';

const FLAGGED = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);

export const meta: DockerfileRuleMeta = {
  id: 'flag-unknown',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: 'A `--flag` the instruction does not accept, or a flag written with one dash.',
  docs: {
    description:
      'Each instruction accepts a fixed set of flags: `FROM --platform`; `RUN --mount`, `--network`, `--security`, ' +
      '`--device`; `COPY --from`, `--chown`, `--chmod`, `--link`, `--parents`, `--exclude`; `ADD --chown`, `--chmod`, ' +
      '`--link`, `--checksum`, `--keep-git-dir`, `--unpack`, `--exclude`; `HEALTHCHECK --interval`, `--timeout`, ' +
      '`--start-period`, `--start-interval`, `--retries`. Anything else, such as a typo (`--chwon`, `--form`), fails the ' +
      'build. A flag written with one dash (`-from=build`) is not a flag at all: the builder wants `--`.',
    incorrect: 'FROM node:20 AS build\nFROM nginx:1.27\nCOPY --form=build /app/dist /usr/share/nginx/html',
    correct: 'FROM node:20 AS build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html',
    fix:
      'Renames the flag to the nearest known one, or (alternative) removes it. Both unsafe: the intended flag may be ' +
      'another one. No rename when the known flag takes a value and none is written (`-from node:22`): the builder ' +
      'would reject the flag, where it now reads a file name; nor when the word is the instruction\'s first argument and ' +
      'the instruction would be left short of arguments (`COPY -from=build /app` has no destination once `--from` is a flag).',
    notes: 'En and em dashes in place of `--` are `typographic-dash-or-space`\'s.',
  },
  fix: 'unsafe',
  aliases: ['DU:UNKNOWN_ADD_FLAG', 'DU:UNKNOWN_COPY_FLAG', 'DU:UNKNOWN_FROM_FLAG', 'DU:UNKNOWN_HEALTHCHECK_FLAG'],
};

export function check(ctx: RuleContext<DockerfileModel>): void {
  const text = ctx.model.text;
  for (const instruction of withTriggers(ctx.model)) {
    if (!FLAGGED.has(instruction.keyword)) continue;
    const known = knownFlags(instruction.keyword);
    const keyword = instruction.rawKeyword;
    for (const flag of instruction.flags) {
      if (known.includes(flag.name.toLowerCase())) continue;
      const suggestion = closest(flag.name, known, 2);
      const fixes: Fix[] = [];
      if (suggestion && (flag.value !== null || !flagNeedsValue(instruction.keyword, suggestion))) fixes.push(makeFix(`Rename to --${suggestion}`, 'unsafe', [replaceEdit(ctx.document, flag.nameStart, flag.nameEnd, suggestion)]));
      fixes.push(removal(ctx, text, flag.start, flag.end));
      ctx.report({
        range: ctx.range(flag.start, flag.nameEnd),
        message: `${code(keyword)} has no flag ${code(`--${flag.name}`)}${suggestion ? `. Did you mean ${code(`--${suggestion}`)}?` : '.'}`,
        fix: fixes,
      });
    }
    for (const word of leadingDashWords(instruction)) {
      if (word.value.startsWith('--')) continue;
      const name = word.value.slice(1).split('=')[0];
      const match = known.find((k) => k === name.toLowerCase()) ?? closest(name, known, 1);
      if (!match) continue;
      const nameEnd = word.start + 1 + name.length;
      // `-from node:22` as `--from node:22` is a flag without its value: the builder rejects it, where it read a file.
      // So is `COPY -from=build /app` as `COPY --from=build /app`: a COPY with no destination.
      const valueMissing = !word.value.includes('=') && flagNeedsValue(instruction.keyword, match);
      const argumentsMissing = word === instruction.args[0] && shortWithoutFirstArgument(instruction);
      ctx.report({
        range: ctx.range(word.start, nameEnd),
        message: `Flags start with two dashes: write ${code(`--${match}`)}, not ${code(`-${name}`)}.`,
        fix: valueMissing || argumentsMissing ? undefined : makeFix(`Write --${match}`, 'unsafe', [replaceEdit(ctx.document, word.start, nameEnd, `--${match}`)]),
      });
    }
  }
}

/** Flag names per keyword: every FROM, RUN, COPY… asks, so each list is made once. */
const knownByKeyword = new Map<string, string[]>();

function knownFlags(keyword: string): string[] {
  let known = knownByKeyword.get(keyword);
  if (!known) knownByKeyword.set(keyword, (known = flagsFor(keyword).map((f) => f.name)));
  return known;
}

function removal(ctx: RuleContext<DockerfileModel>, text: string, start: number, end: number): Fix {
  let stop = end;
  while (text[stop] === ' ' || text[stop] === '\t') stop++;
  return makeFix('Remove the flag', 'unsafe', [replaceEdit(ctx.document, start, stop, '')]);
}
