import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import type { ComposeModel } from '../../model/compose/types';
import { problemsOfKind } from '../shared/compose-schema';
import { entryAt } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'schema-unknown-key',
  target: 'compose',
  category: 'schema',
  severity: 'error',
  summary: 'A key Compose does not allow at this position, with the nearest valid key.',
  docs: {
    description:
      'Compose rejects a file with a key it does not know ("additional properties not allowed"), so a typo such as ' +
      '`port:` or `depends-on:` stops every command. Stevedore names the key and the place, and suggests the nearest ' +
      'valid key or the section it belongs in (`restart_policy` lives under `deploy`). `x-*` keys are free for your own use.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    port:\n      - "8080:80"',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"',
    fix: 'Renames the key to the suggestion when it belongs in the same mapping. Unsafe: the setting takes effect. A key that belongs in another section is only named in the message.',
    notes: 'Names of services, networks, volumes, secrets and configs with characters Compose refuses are reported here too. Keys merged from an anchor are reported once, at the anchor.',
  },
  fix: 'unsafe',
  aliases: ['dclint:invalid-schema', 'RH-YAML'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const located of problemsOfKind(ctx.model, 'unknown-key', 'invalid-name')) {
    const { problem } = located;
    const suggestion = problem.suggestion;
    const entry = entryAt(located.doc, problem.path);
    const renamable = suggestion && !suggestion.includes('.') && entry && !entry.viaAlias;
    ctx.report({
      range: ctx.range(located.start, located.end),
      message: problem.message,
      fix: renamable ? makeFix(`Rename to ${suggestion}`, 'unsafe', [replaceEdit(ctx.document, located.start, located.end, suggestion)]) : undefined,
    });
  }
}
