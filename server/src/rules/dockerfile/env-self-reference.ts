import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { eolOf, makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { contiguous } from '../../model/mapped-text';
import { variableRefs } from '../shared/variable-refs';

export const meta: DockerfileRuleMeta = {
  id: 'env-self-reference',
  target: 'dockerfile',
  category: 'variables',
  severity: 'warning',
  summary: 'An ENV value uses a key set earlier in the same ENV instruction.',
  docs: {
    description:
      'All values of one `ENV` are expanded before any of its keys is set. In `ENV A=1 B=$A/x` the `$A` is the value A had ' +
      'before this line (often empty), not `1`; in `ENV PATH=/a:$PATH PATH=/b:$PATH` the second pair drops `/a`. Split ' +
      'dependent pairs into their own ENV instruction.',
    incorrect: 'FROM debian:trixie-slim\nENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin',
    correct: 'FROM debian:trixie-slim\nENV APP_HOME=/opt/app\nENV APP_BIN=$APP_HOME/bin',
    fix: 'Starts a new `ENV` instruction at each dependent pair. Unsafe: the value changes to the one evidently meant.',
    notes: 'Escaped references (`\\$A`) and single-quoted text are exempt.',
  },
  fix: 'unsafe',
  aliases: ['DL3044'],
};

/** It reads only variable references (`$`) in ENV instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.dollar && hasKeyword(facts, 'ENV');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { model } = ctx;
  const eol = eolOf(model.text);
  for (const instruction of model.instructions) {
    if (instruction.keyword !== 'ENV') continue;
    const props = instruction.properties;
    if (props.length < 2) continue;
    // The names set before each pair, grown pair by pair (a set built anew for each was quadratic in long ENVs).
    const earlier = new Set<string>();
    props.forEach((prop, k) => {
      if (k > 0) earlier.add(props[k - 1].name);
      if (k === 0 || prop.raw === undefined) return;
      const split = makeFix(`Move ${prop.name} to its own ENV instruction`, 'unsafe', [
        replaceEdit(ctx.document, props[k - 1].end, prop.start, `${eol}ENV `),
      ]);
      for (const ref of variableRefs(contiguous(prop.raw, prop.valueStart), model.escape)) {
        if (!earlier.has(ref.name)) continue;
        ctx.report({
          range: ctx.range(ref.start, ref.end),
          message: `${code('$' + ref.name)} is set earlier in this ENV instruction, but here it still has its value from before the instruction.`,
          fix: split,
        });
      }
    });
  }
}
