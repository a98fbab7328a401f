import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { docSpan } from '../../model/mapped-text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';
import { singleQuotedArray } from './exec-form-single-quotes';

const KEYWORDS = new Set(['CMD', 'ENTRYPOINT', 'RUN', 'VOLUME', 'COPY', 'ADD']);
const SMART_QUOTES = /[\u2018\u2019\u201a\u201c\u201d\u201e\u2032\u2033]/;

export const meta: DockerfileRuleMeta = {
  id: 'exec-form-invalid-json',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'warning',
  summary: 'A `[...]` argument list meant as exec form is not valid JSON.',
  docs: {
    description:
      'When the text between `[` and `]` is not valid JSON the builder does not complain: it quietly runs the whole ' +
      'thing as a shell command, `/bin/sh -c \'[node, app.js]\'`, which fails when the container starts. Typical causes ' +
      'are unescaped backslashes in Windows paths (`["c:\\app\\run.exe"]` needs `\\\\`), a trailing comma, and words ' +
      'without quotes (`[node, app.js]`).',
    incorrect: 'FROM node:22-slim\nCMD [node, app.js]',
    correct: 'FROM node:22-slim\nCMD ["node", "app.js"]',
    fix: 'Quotes bare words, doubles lone backslashes and drops a trailing comma. Unsafe: it changes what runs, from ' +
      'the (broken) shell form to exec form.',
    notes: 'Single-quoted arrays are `exec-form-single-quotes`\'s and typographic quotes are `smart-quotes`\'; a shell ' +
      'test such as `RUN [ -f /x ]` (no commas) is not taken for exec form.',
  },
  fix: 'unsafe',
  aliases: [],
};

interface Problem {
  /** Index in the text of the offending token. */
  start: number;
  end: number;
  message: string;
}

/** Repairs `inner` (the text between the brackets); reports the first problem with its position. */
function repair(inner: string, base: number): { items: string[]; problem?: Problem } {
  const items: string[] = [];
  let problem: Problem | undefined;
  const note = (p: Problem) => (problem ??= p);
  let i = 0;
  while (i <= inner.length) {
    let j = i;
    let inQuote = false;
    while (j < inner.length && (inQuote || inner[j] !== ',')) {
      if (inner[j] === '\\' && inQuote) j++;
      else if (inner[j] === '"') inQuote = !inQuote;
      j++;
    }
    const raw = inner.slice(i, j);
    const lead = raw.length - raw.trimStart().length;
    const item = raw.trim();
    const at = base + i + lead;
    if (item === '') {
      if (j >= inner.length && items.length > 0) note({ start: base + i - 1, end: base + i, message: 'a trailing comma' });
      else if (j < inner.length || items.length > 0) note({ start: base + j, end: base + j + 1, message: 'an empty item' });
    } else if (item.startsWith('"') && item.endsWith('"') && item.length >= 2) {
      const body = item.slice(1, -1);
      const fixed = body.replace(/\\(?!["\\])/g, '\\\\');
      try {
        JSON.parse(`"${body}"`);
      } catch {
        const bad = /\\(?![\\"\/bfnrtu])|\\u(?![0-9a-fA-F]{4})/.exec(body);
        note({ start: at + 1 + (bad?.index ?? 0), end: at + 2 + (bad?.index ?? 0), message: 'an unescaped backslash (write `\\\\`)' });
      }
      try {
        items.push(JSON.parse(`"${fixed}"`) as string);
      } catch {
        items.push(body);
      }
    } else {
      note({ start: at, end: at + item.length, message: `the word ${code(item)} without double quotes` });
      items.push(item.replace(/^"|"$/g, ''));
    }
    i = j + 1;
  }
  return { items, problem };
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    if (!KEYWORDS.has(instruction.keyword) || instruction.execForm) continue;
    const source = instruction.argsText;
    const text = source.text;
    const trimmed = text.trim();
    if (!trimmed.startsWith('[') || !trimmed.endsWith(']') || trimmed.startsWith('[[')) continue;
    if (SMART_QUOTES.test(trimmed) || singleQuotedArray(text)) continue;
    const open = text.indexOf('[');
    const close = text.lastIndexOf(']');
    const inner = text.slice(open + 1, close);
    const single = /^\s*"(?:[^"\\]|\\.)*"\s*$/.test(inner);
    if (!inner.includes(',') && !single) continue; // a shell test: `RUN [ -f /x ]`
    const { items, problem } = repair(inner, open + 1);
    if (!problem) continue;
    const [start, end] = docSpan(source, problem.start, problem.end);
    const [arrayStart, arrayEnd] = docSpan(source, open, close + 1);
    const replacement = JSON.stringify(items).replace(/","/g, '", "');
    ctx.report({
      range: ctx.range(start, end),
      message: `Not valid JSON because of ${problem.message}, so ${code(instruction.rawKeyword)} runs it as a shell command.`,
      fix: makeFix('Repair the JSON array', 'unsafe', [replaceEdit(ctx.document, arrayStart, arrayEnd, replacement)]),
    });
  }
}
