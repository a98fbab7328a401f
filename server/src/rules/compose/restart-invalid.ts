import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { closest, code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { isInterpolated, services, valueSpan } from '../shared/compose-services';
import { entryAt } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'restart-invalid',
  target: 'compose',
  category: 'schema',
  severity: 'error',
  summary: '`restart` is not one of `no`, `always`, `on-failure[:N]` or `unless-stopped`.',
  docs: {
    description:
      'The Compose schema only says `restart` is a string, so `docker compose config` accepts any word, but the engine ' +
      'refuses to create the container with an unknown policy and `up` fails. Underscores instead of dashes ' +
      '(`unless_stopped`) are the usual mistake.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    restart: unless_stopped',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    restart: unless-stopped',
    fix: 'Replaces the value with the nearest valid policy. Safe: `up` fails with the current value.',
    notes: 'An unquoted `restart: no` is the string `no` in the YAML 1.2 parser Compose uses, and is correct.',
  },
  fix: 'safe',
  aliases: [],
};

const POLICIES = ['no', 'always', 'on-failure', 'unless-stopped'];
const VALID = /^(no|always|on-failure(:[0-9]+)?|unless-stopped)$/;

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const service of services(ctx.model)) {
    const value = service.value.restart;
    // Booleans, lists and mappings are `schema-type-mismatch`'s.
    if (typeof value !== 'string' || isInterpolated(value)) continue;
    const path = [...service.path, 'restart'];
    const written = value;
    if (VALID.test(value)) continue;
    const span = valueSpan(service.doc, path);
    if (!span) continue;
    const suggestion = suggest(written);
    const entry = entryAt(service.doc, path);
    ctx.report({
      range: ctx.range(span[0], span[1]),
      message: `${code(written)} is not a restart policy: use one of \`no\`, \`always\`, \`on-failure[:N]\`, \`unless-stopped\`.${suggestion ? ` Did you mean ${code(suggestion)}?` : ''}`,
      fix: suggestion && entry && !entry.viaAlias ? makeFix(`Replace with ${suggestion}`, 'safe', [replaceEdit(ctx.document, span[0], span[1], suggestion)]) : undefined,
    });
  }
}

function suggest(written: string): string | undefined {
  const normalized = written.toLowerCase().replace(/[_ ]/g, '-');
  // `s`: a value may hold line breaks (a quoted multi-line scalar), and the match must still cover all of it.
  const m = /^(.*?)(:[0-9]+)?$/s.exec(normalized)!;
  const base = closest(m[1]!, POLICIES, 2);
  if (!base) return undefined;
  const suggestion = base === 'on-failure' && m[2] ? base + m[2] : base;
  return VALID.test(suggestion) && suggestion !== written ? suggestion : undefined;
}
