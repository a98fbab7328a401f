import type { DockerfileFacts } from '../../engine/applicability';
import { eolOf, insertEdit, makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { closest, code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { contiguous } from '../../model/mapped-text';
import { variableRefs, type VariableRef } from '../shared/variable-refs';

export const meta: DockerfileRuleMeta = {
  id: 'from-undefined-arg',
  target: 'dockerfile',
  category: 'variables',
  severity: 'warning',
  summary: 'A `FROM` line uses a variable that no global ARG declares.',
  docs: {
    description:
      '`FROM` lines see only the ARGs declared before the first `FROM` (plus the predefined platform ARGs). A name declared ' +
      'inside a stage, or misspelled, expands to an empty string: `FROM node:$NODE_VERSION` becomes `FROM node:`, which ' +
      'fails, and `FROM --platform=$BUILDPLATFROM` quietly drops the platform.',
    incorrect: 'FROM node:${NODE_VERSION}-slim\nCOPY . /app',
    correct: 'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-slim\nCOPY . /app',
    fix:
      'Renames the reference to the nearest declared name when there is one (`$BUILDPLATFROM` → `$BUILDPLATFORM`); otherwise ' +
      'inserts `ARG NAME` before the first `FROM`, which you then give a default. Unsafe: both change what is built.',
    notes: 'References with a default (`${NAME:-x}`) are exempt.',
  },
  fix: 'unsafe',
  aliases: ['BK:UndefinedArgInFrom'],
};

/** It reports only variable references, and each starts with `$`. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.dollar;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { model } = ctx;
  const first = model.stages[0];
  if (!first) return;
  // Worked out for the first finding.
  let globals: string[] | undefined;
  let eol: string | undefined;
  const firstLine = model.text.lastIndexOf('\n', first.from.start - 1) + 1;
  for (const stage of model.stages) {
    const platform = stage.platform;
    // Every reference starts with a `$`.
    if (!stage.image.raw.includes('$') && !platform?.value?.includes('$')) continue;
    const refs: VariableRef[] = [...variableRefs(contiguous(stage.image.raw, stage.image.start), model.escape)];
    if (platform?.value) refs.push(...variableRefs(contiguous(platform.value, platform.valueStart), model.escape));
    for (const ref of refs) {
      if (model.globalScope.has(ref.name) || /^:?[-+?]/.test(ref.modifier)) continue;
      globals ??= [...model.globalScope.keys()];
      eol ??= eolOf(model.text);
      const suggestion = closest(ref.name, globals, 2);
      const declare = makeFix(`Declare a global ARG ${ref.name}`, 'unsafe', [insertEdit(ctx.document, firstLine, `ARG ${ref.name}${eol}`)]);
      const rename = suggestion ? makeFix(`Rename to ${suggestion}`, 'unsafe', [replaceEdit(ctx.document, ref.nameStart, ref.nameEnd, suggestion)]) : undefined;
      ctx.report({
        range: ctx.range(ref.nameStart, ref.nameEnd),
        message: `${code('$' + ref.name)} is not declared by a global ARG (before the first FROM)${suggestion ? `; did you mean ${code(suggestion)}?` : ', so it expands to an empty string.'}`,
        fix: rename ? [rename, declare] : declare,
      });
    }
  }
}
