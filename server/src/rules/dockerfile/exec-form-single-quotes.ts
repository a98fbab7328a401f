import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { docSpan } from '../../model/mapped-text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';

const KEYWORDS = new Set(['CMD', 'ENTRYPOINT', 'RUN', 'VOLUME', 'COPY', 'ADD']);
const ITEM = /'([^']*)'|"((?:[^"\\]|\\.)*)"/y;

export const meta: DockerfileRuleMeta = {
  id: 'exec-form-single-quotes',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'warning',
  summary: 'Exec form written with single quotes, which the builder treats as shell form.',
  docs: {
    description:
      'Exec form is JSON, and JSON strings use double quotes. `CMD [\'node\', \'app.js\']` is not JSON, so the builder ' +
      'silently falls back to shell form and runs `/bin/sh -c "[\'node\', \'app.js\']"`, which fails when the container ' +
      'starts. `VOLUME [\'/data\']` creates a volume literally named `[\'/data\']`.',
    incorrect: "FROM node:22-slim\nCMD ['node', 'app.js']",
    correct: 'FROM node:22-slim\nCMD ["node", "app.js"]',
    fix: 'Rewrites the array with double quotes, escaping `"` and `\\` inside the strings. Unsafe: it changes what runs, ' +
      'from the (broken) shell form to exec form.',
    notes: '`SHELL` is `shell-not-json`\'s, which rejects any non-JSON form.',
  },
  fix: 'unsafe',
  aliases: ['DU:JSON_IN_SINGLE_QUOTES'],
};

/** The strings of a `[...]` array whose items are single- or double-quoted, if at least one is single-quoted. */
export function singleQuotedArray(text: string): string[] | undefined {
  const t = text.trim();
  if (!t.startsWith('[') || !t.endsWith(']')) return undefined;
  const inner = t.slice(1, -1);
  const items: string[] = [];
  let single = false;
  let i = 0;
  const skip = () => {
    while (i < inner.length && /\s/.test(inner[i])) i++;
  };
  skip();
  while (i < inner.length) {
    ITEM.lastIndex = i;
    const m = ITEM.exec(inner);
    if (!m) return undefined;
    if (m[1] !== undefined) {
      single = true;
      items.push(m[1]);
    } else {
      try {
        items.push(JSON.parse(`"${m[2]}"`) as string);
      } catch {
        return undefined;
      }
    }
    i = ITEM.lastIndex;
    skip();
    if (i < inner.length) {
      if (inner[i] !== ',') return undefined;
      i++;
      skip();
    }
  }
  return single && items.length > 0 ? items : undefined;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    if (!KEYWORDS.has(instruction.keyword) || instruction.execForm) continue;
    const source = instruction.argsText;
    const items = singleQuotedArray(source.text);
    if (!items) continue;
    const open = source.text.indexOf('[');
    const close = source.text.lastIndexOf(']');
    const [start, end] = docSpan(source, open, close + 1);
    ctx.report({
      range: ctx.range(start, end),
      message: `Exec form needs double quotes; with single quotes ${code(instruction.rawKeyword)} falls back to shell form.`,
      fix: makeFix('Use double quotes', 'unsafe', [replaceEdit(ctx.document, start, end, JSON.stringify(items).replace(/","/g, '", "'))]),
    });
  }
}
