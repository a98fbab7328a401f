import type { DockerfileFacts } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { directiveLines, nextLineStart, type DirectiveLine } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'parser-directive-duplicate',
  target: 'dockerfile',
  category: 'parser-directives',
  severity: 'error',
  summary: 'A parser directive (`syntax`, `escape`, `check`) appears twice in the directive block.',
  docs: {
    description:
      'Each parser directive may be given once. BuildKit stops with "only one … parser directive can be used" when ' +
      'the leading block repeats `syntax`, `escape` or `check`, which often happens when a suppression tool adds a ' +
      'second `# check=skip=` line.',
    incorrect: '# check=skip=JSONArgsRecommended\n# check=error=true\nFROM alpine:3.20',
    correct: '# check=skip=JSONArgsRecommended;error=true\nFROM alpine:3.20',
    fix: 'Deletes the later line; two `check` lines are merged into the first (skip lists combined). Safe: the file ' +
      'does not build as written.',
  },
  fix: 'safe',
  aliases: ['DU:DUPLICATED_ESCAPE_DIRECTIVE'],
};

/** `check` values merged: skip and experimental lists combined, other keys from the first line unless only the second has them. */
export function mergeCheckValues(first: string, second: string): string {
  const order: string[] = [];
  const values = new Map<string, string[]>();
  for (const part of [...first.split(';'), ...second.split(';')]) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).trim();
    if (!values.has(key)) {
      order.push(key);
      values.set(key, []);
    }
    const list = values.get(key) as string[];
    if (key === 'skip' || key === 'experimental') {
      for (const name of value.split(',').map((n) => n.trim()).filter((n) => n !== '')) if (!list.includes(name)) list.push(name);
    } else if (list.length === 0) list.push(value);
  }
  return order.map((k) => `${k}=${(values.get(k) as string[]).join(',')}`).join(';');
}

/** It reads only parser-directive lines. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.directives;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const firstByName = new Map<string, DirectiveLine>();
  for (const d of directiveLines(ctx.model)) {
    if (!d.inBlock) continue;
    const first = firstByName.get(d.name);
    if (!first) {
      firstByName.set(d.name, d);
      continue;
    }
    const remove = replaceEdit(ctx.document, d.start, nextLineStart(ctx.model.text, d.start), '');
    let fix: Fix;
    if (d.name === 'check') {
      const merged = mergeCheckValues(first.value, d.value);
      fix = makeFix('Merge into the first check directive', 'safe', [replaceEdit(ctx.document, first.valueStart, first.valueEnd, merged), remove]);
    } else {
      fix = makeFix(`Delete the second ${d.name} directive`, 'safe', [remove]);
    }
    ctx.report({
      range: ctx.range(d.nameStart, d.nameEnd),
      message: `Only one \`${d.name}\` directive is allowed; the first is on line ${first.line + 1}.`,
      fix,
    });
  }
}
