import { isPair, isScalar, type Pair } from 'yaml';
import { insertEdit, makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { ComposeModel } from '../../model/compose/types';
import { problemsOfKind, type LocatedProblem } from '../shared/compose-schema';
import { entryAt } from '../shared/compose-tree';
import { indentStep } from '../shared/compose-text-edits';
import { sharedFix } from '../shared/shared-fix';

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
    fix:
      'Renames the key to the suggestion when it belongs in the same mapping. Unsafe: the setting takes effect. A key that ' +
      'belongs in another section is only named in the message. Services of the version 1 format (top-level mappings ' +
      'with `image` or `build`, one after another) are moved under a new `services:` key, indented one step. Unsafe: ' +
      'the file becomes one Compose runs, with today\'s defaults (one network for the project instead of `links`).',
    notes: 'Names of services, networks, volumes, secrets and configs with characters Compose refuses are reported here too. Keys merged from an anchor are reported once, at the anchor.',
  },
  fix: 'unsafe',
  aliases: ['dclint:invalid-schema', 'RH-YAML'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const problems = problemsOfKind(ctx.model, 'unknown-key', 'invalid-name');
  const v1 = problems.filter((p) => p.problem.v1Service);
  const wrap = v1.length > 0 ? wrapInServices(ctx, v1) : undefined;
  let v1Index = 0;
  for (const located of problems) {
    const { problem } = located;
    const suggestion = problem.suggestion;
    const entry = entryAt(located.doc, problem.path);
    const renamable = suggestion && !suggestion.includes('.') && entry && !entry.viaAlias;
    ctx.report({
      range: ctx.range(located.start, located.end),
      message: problem.message,
      fix: problem.v1Service
        ? sharedFix(wrap, v1Index++, v1.length)
        : renamable ? makeFix(`Rename to ${suggestion}`, 'unsafe', [replaceEdit(ctx.document, located.start, located.end, suggestion)]) : undefined,
    });
  }
}

/**
 * One fix for every version 1 service: a `services:` line above the first, and every line from it to the end of the
 * last indented one step. Offered for a single-document block file without YAML errors or a `services` key, whose
 * version 1 services follow one another at the top level (anything between them would move under `services:` too).
 */
function wrapInServices(ctx: RuleContext<ComposeModel>, v1: readonly LocatedProblem[]): Fix | undefined {
  const { model } = ctx;
  const root = model.root;
  if (!root || root.flow || model.yamlDocs.length !== 1 || model.errors.length > 0) return undefined;
  const pairs = root.items as Pair[];
  if (pairs.some((p) => isPair(p) && isScalar(p.key) && p.key.value === 'services')) return undefined;
  const starts = new Set(v1.map((p) => p.start));
  const indices = pairs.flatMap((p, i) => (isScalar(p.key) && p.key.range && starts.has(p.key.range[0]) ? [i] : []));
  if (indices.length !== v1.length || indices[indices.length - 1]! - indices[0]! !== indices.length - 1) return undefined;
  const first = pairs[indices[0]!]!.key as { range: [number, number, number] };
  const last = pairs[indices[indices.length - 1]!]!.value as { range?: [number, number, number] } | null;
  const text = model.text;
  const from = text.lastIndexOf('\n', first.range[0] - 1) + 1;
  // The version 1 format has no other top level: a key indented there is not one this fix can place.
  if (first.range[0] !== from || !last?.range) return undefined;
  const to = last.range[1];
  const step = indentStep(text);
  const edits = [insertEdit(ctx.document, from, `services:\n${step}`)];
  for (let line = text.indexOf('\n', from); line !== -1 && line + 1 < to; line = text.indexOf('\n', line + 1)) {
    const start = line + 1;
    // Blank lines stay as they are: spaces on them could become content of a block scalar.
    if (!/^[ \t]*\r?$/.test(text.slice(start, lineEnd(text, start)))) edits.push(insertEdit(ctx.document, start, step));
  }
  return makeFix('Move the version 1 services under `services:`', 'unsafe', edits);
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end === -1 ? text.length : end;
}
