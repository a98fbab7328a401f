import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { validateImageReference } from '../../knowledge/dockerfile';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';
import { writtenAs } from '../shared/instruction-edits';

export const meta: DockerfileRuleMeta = {
  id: 'image-reference-invalid',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: 'An image reference is not valid: upper case, empty tag, bad characters or bad digest.',
  docs: {
    description:
      'Image references follow a strict grammar: the repository path is lower case, a tag has at most 128 letters, ' +
      'digits, `_`, `.` and `-`, and a digest is `<algorithm>:<hex>`. `FROM Ubuntu:22.04`, `FROM node:` or a digest ' +
      'cut short fail with "invalid reference format" before anything is pulled.',
    incorrect: 'FROM Ubuntu:22.04',
    correct: 'FROM ubuntu:22.04',
    fix: 'Lower-cases the repository path. Safe: an upper-case repository can never be pulled.',
    notes: 'Checked after ARG values are substituted; a reference that still holds an unknown variable is skipped ' +
      '(see `from-arg-default-invalid`). Also checks `COPY --from` and `RUN --mount from=` values that look like images ' +
      '(with `:`, `/` or `@`).',
  },
  fix: 'safe',
  aliases: ['DU:INVALID_REFERENCE_FORMAT'],
};

function backticks(message: string): string {
  return message.replace(/"([^"]*)"/g, '`$1`');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const stageNames = new Set<string>();
  for (const s of ctx.model.stages) if (s.name !== undefined) stageNames.add(s.name);
  for (const stage of ctx.model.stages) {
    const { image } = stage;
    if (image.resolved === undefined || image.raw === '' || stage.parent) continue;
    if (stageNames.has(image.resolved.toLowerCase()) || image.resolved === 'scratch') continue;
    judge(ctx, image.resolved, image.raw === image.resolved && writtenAs(ctx.model.text, image.start, image.end, image.raw) ? image.start : undefined, image.start, image.end);
  }
  for (const instruction of withTriggers(ctx.model)) {
    if (instruction.keyword !== 'COPY' && instruction.keyword !== 'RUN') continue;
    for (const flag of instruction.flags) {
      const name = flag.name.toLowerCase();
      if (instruction.keyword === 'COPY' && name === 'from' && flag.value) {
        if (!/[:/@]/.test(flag.value) || flag.value.includes('$') || stageNames.has(flag.value.toLowerCase())) continue;
        judge(ctx, flag.value, writtenAs(ctx.model.text, flag.valueStart, flag.valueEnd, flag.value) ? flag.valueStart : undefined, flag.valueStart, flag.valueEnd);
      }
      if (instruction.keyword === 'RUN' && name === 'mount' && flag.value && flag.valueEnd - flag.valueStart === flag.value.length) {
        const m = /(?:^|,)\s*from=([^,]*)/i.exec(flag.value);
        if (!m || !/[:/@]/.test(m[1]) || m[1].includes('$') || stageNames.has(m[1].toLowerCase())) continue;
        const start = flag.valueStart + m.index + m[0].length - m[1].length;
        judge(ctx, m[1], start, start, start + m[1].length);
      }
    }
  }
}

/** `at`: document offset of the reference's first character when the text is written literally. */
function judge(ctx: RuleContext<DockerfileModel>, reference: string, at: number | undefined, start: number, end: number): void {
  for (const d of validateImageReference(reference)) {
    const exact = at !== undefined;
    const range = exact ? ctx.range(at + d.span.start, at + Math.max(d.span.end, d.span.start + 1)) : ctx.range(start, end);
    const lower = exact && d.code === 'uppercase-repository';
    ctx.report({
      range,
      message: `Invalid image reference: ${backticks(d.message)}`,
      fix: lower
        ? makeFix('Lower-case the repository', 'safe', [
            replaceEdit(ctx.document, at + d.span.start, at + d.span.end, reference.slice(d.span.start, d.span.end).toLowerCase()),
          ])
        : undefined,
    });
  }
}
