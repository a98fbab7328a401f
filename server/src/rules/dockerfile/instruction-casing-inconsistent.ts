import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { KEYWORDS } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'instruction-casing-inconsistent',
  target: 'dockerfile',
  category: 'style',
  severity: 'warning',
  summary: 'An instruction keyword is not in the case most of the file uses, or mixes cases.',
  docs: {
    description:
      'Keywords are case-insensitive, but a file that mixes `RUN` and `run`, or writes `Run`, is harder to scan and ' +
      'suggests pasted fragments. The file\'s majority case (all upper or all lower) is the standard for the rest; ' +
      'mixed-case keywords are always reported.',
    incorrect: 'FROM alpine:3.20\nrun apk add --no-cache curl\nCopy app /app',
    correct: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nCOPY app /app',
    fix: 'Re-cases the keyword to the file\'s majority case. Safe: keywords are case-insensitive.',
    notes: 'With as many lower-case as upper-case keywords, upper case wins.',
  },
  fix: 'safe',
  aliases: ['BK:ConsistentInstructionCasing', 'DU:CASING_INSTRUCTION'],
};

export function check(ctx: RuleContext<DockerfileModel>): void {
  const known = ctx.model.instructions.filter((i) => KEYWORDS.has(i.keyword));
  let upper = 0;
  let lower = 0;
  for (const i of known) {
    if (i.rawKeyword === i.keyword) upper++;
    else if (i.rawKeyword === i.keyword.toLowerCase()) lower++;
  }
  const wantLower = lower > upper;
  for (const i of known) {
    const wanted = wantLower ? i.keyword.toLowerCase() : i.keyword;
    if (i.rawKeyword === wanted) continue;
    const mixed = i.rawKeyword !== i.keyword && i.rawKeyword !== i.keyword.toLowerCase();
    ctx.report({
      range: ctx.range(i.keywordStart, i.keywordEnd),
      message: mixed
        ? `${code(i.rawKeyword)} mixes upper and lower case; write ${code(wanted)}.`
        : `${code(i.rawKeyword)} is not in the file's usual ${wantLower ? 'lower' : 'upper'} case; write ${code(wanted)}.`,
      fix: makeFix(`Write ${wanted}`, 'safe', [replaceEdit(ctx.document, i.keywordStart, i.keywordEnd, wanted)]),
    });
  }
}
