import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import type { ComposeModel } from '../../model/compose/types';
import { isYaml11Boolean, problemsOfKind } from '../shared/compose-schema';
import { entryAt } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'schema-type-mismatch',
  target: 'compose',
  category: 'schema',
  severity: 'error',
  summary: 'A value of the wrong type: a string where a list is required, a word where a number or boolean is.',
  docs: {
    description:
      'Compose converts each value to the type its key needs and refuses the file when it cannot: a string where a list ' +
      'or mapping is required, a fraction where a whole number is, or a word such as `privileged: enabled` or `cpus: lots`. ' +
      'A value holding `${…}` is only known after interpolation, so it is never a type error here.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    privileged: enabled',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    privileged: true',
  },
  fix: 'none',
  aliases: ['dclint:invalid-schema', 'RH-YAML', 'compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const located of problemsOfKind(ctx.model, 'type')) {
    // `yes`/`off` on a boolean field is `yaml11-boolean`'s.
    const value = entryAt(located.doc, located.problem.path)?.value as { value?: unknown } | null | undefined;
    if (isYaml11Boolean(located.problem.path, value?.value)) continue;
    ctx.report({ range: ctx.range(located.start, located.end), message: located.problem.message });
  }
}
