import type { DockerfileFacts } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { checkValueProblems } from '../shared/check-directive';
import { directiveLines, nextLineStart } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'check-directive-invalid',
  target: 'dockerfile',
  category: 'parser-directives',
  severity: 'error',
  summary: '`# check=` has an unknown key, too many parts or a non-boolean `error=`.',
  docs: {
    description:
      'The check directive takes up to three `;`-separated parts: `skip=<checks>`, `error=<true|false>` and ' +
      '`experimental=<checks>`. BuildKit fails the build on any other key, on a part without `=`, on more than three ' +
      'parts and on an `error=` value that is not a boolean.',
    incorrect: '# check=skip=JSONArgsRecommended;fail=true\nFROM alpine:3.20',
    correct: '# check=skip=JSONArgsRecommended;error=true\nFROM alpine:3.20',
    fix: 'Removes the bad part (or the whole line when nothing valid is left). Safe: the build fails as written.',
    notes: 'Unknown check names inside `skip=` are `suppression-invalid`\'s.',
  },
  fix: 'safe',
  aliases: [],
};

/** It reads only parser-directive lines. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.directives;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const d of directiveLines(ctx.model)) {
    if (!d.inBlock || d.name !== 'check' || d.value.trim() === '') continue;
    const parts = d.value.split(';');
    let offset = 0;
    const spans = parts.map((p) => {
      const start = d.valueStart + offset;
      offset += p.length + 1;
      return { text: p, start, end: start + p.length };
    });
    const bad = new Set<number>();
    const problems = checkValueProblems(parts);
    if (problems.length === 0) continue;
    for (const p of problems) bad.add(p.index);
    const kept = parts.filter((_, k) => !bad.has(k)).map((p) => p.trim()).filter((p) => p !== '');
    const edit = kept.length > 0
      ? replaceEdit(ctx.document, d.valueStart, d.valueEnd, kept.join(';'))
      : replaceEdit(ctx.document, d.start, nextLineStart(ctx.model.text, d.start), '');
    for (const p of problems) {
      const s = spans[p.index];
      const lead = s.text.length - s.text.trimStart().length;
      ctx.report({
        range: ctx.range(s.start + lead, s.start + s.text.trimEnd().length),
        message: p.message,
        fix: makeFix(kept.length > 0 ? 'Remove the invalid check options' : 'Remove the check directive', 'safe', [edit]),
      });
    }
  }
}
