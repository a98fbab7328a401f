import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { jsonStringArray } from '../../model/dockerfile/exec-form';
import { docSpan } from '../../model/mapped-text';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { jsonArrayEnd, withTriggers } from '../shared/dockerfile-syntax';
import { inlineCommentIndex } from '../shared/inline-comments';
import { singleQuotedArray } from './exec-form-single-quotes';

const KEYWORDS = new Set(['CMD', 'ENTRYPOINT', 'RUN', 'VOLUME', 'COPY', 'ADD']);
const SHELL_FALLBACK = new Set(['CMD', 'ENTRYPOINT', 'RUN']);
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
      'are unescaped backslashes in Windows paths (`["c:\\app\\run.exe"]` needs `\\\\`), a trailing comma, words ' +
      'without quotes (`[node, app.js]`), and text after the closing `]` (`CMD ["npm", "start"];`). Builders before ' +
      'mid-2024 read such an array and dropped the text after it; current ones run the whole line as a shell command. ' +
      'COPY, ADD and VOLUME split it at blanks instead, so `["a.txt",` becomes a file name.',
    incorrect: 'FROM node:22-slim\nCMD [node, app.js]',
    correct: 'FROM node:22-slim\nCMD ["node", "app.js"]',
    fix: 'Quotes bare words, doubles lone backslashes and drops a trailing comma; removes text after the closing `]`. ' +
      'Unsafe: it changes what runs, from the (broken) shell form to exec form.',
    notes: 'Single-quoted arrays are `exec-form-single-quotes`\'s, typographic quotes are `smart-quotes`\' and a ' +
      '`# comment` after the `]` is `inline-comment`\'s. A shell test such as `RUN [ -f /x ]` or `RUN [ "$A" ] && b` ' +
      '(no commas, a blank after `[`) is not taken for exec form.',
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
    if (!trimmed.startsWith('[') || trimmed.startsWith('[[')) continue;
    if (SMART_QUOTES.test(trimmed) || singleQuotedArray(text)) continue;
    const open = text.indexOf('[');
    const arrayEnd = jsonArrayEnd(text, open);
    if (arrayEnd >= 0 && text.slice(arrayEnd + 1).trim() !== '') {
      checkTextAfterArray(ctx, instruction, open, arrayEnd);
      continue;
    }
    if (!trimmed.endsWith(']')) continue;
    const close = text.lastIndexOf(']');
    const inner = text.slice(open + 1, close);
    const single = /^\s*"(?:[^"\\]|\\.)*"\s*$/.test(inner);
    if (!inner.includes(',') && !single) continue; // a shell test: `RUN [ -f /x ]`
    const { items, problem } = repair(inner, open + 1);
    if (!problem) continue;
    const [start, end] = docSpan(source, problem.start, problem.end);
    const [arrayStart, arrayStop] = docSpan(source, open, close + 1);
    const replacement = JSON.stringify(items).replace(/","/g, '", "');
    ctx.report({
      range: ctx.range(start, end),
      message: `Not valid JSON because of ${problem.message}, so ${code(instruction.rawKeyword)} ${fallback(instruction.keyword)}.`,
      fix: makeFix('Repair the JSON array', 'unsafe', [replaceEdit(ctx.document, arrayStart, arrayStop, replacement)]),
    });
  }
}

/**
 * `CMD ["npm", "start"];`: a JSON array of strings with text after its `]`. Builders before mid-2024 read the array
 * and dropped the rest; since moby/buildkit#5107 the whole text must be JSON, so it falls back to shell form. A
 * `# comment` there is `inline-comment`'s: the text reported here stops before it.
 */
function checkTextAfterArray(ctx: RuleContext<DockerfileModel>, instruction: InstructionNode, open: number, close: number): void {
  const source = instruction.argsText;
  const text = source.text;
  const array = text.slice(open, close + 1);
  // A shell test (`RUN [ "$A" ] && b`) needs white space after its `[`; a one-item array written so is left alone.
  if (!array.includes(',') && /^\[\s/.test(array)) return;
  if (jsonStringArray(array) === undefined) return;
  const comment = inlineCommentIndex(instruction, ctx.model.escape) ?? text.length;
  const after = text.slice(close + 1, comment);
  const extra = after.trim();
  if (extra === '') return;
  const extraStart = close + 1 + (after.length - after.trimStart().length);
  const [start, end] = docSpan(source, extraStart, extraStart + extra.length);
  const [cutStart, cutEnd] = docSpan(source, close + 1, extraStart + extra.length);
  ctx.report({
    range: ctx.range(start, end),
    message: `Not valid JSON because of the text ${code(extra)} after the closing \`]\`, so ${code(instruction.rawKeyword)} ${fallback(instruction.keyword)}.`,
    fix: makeFix('Remove the text after the JSON array', 'unsafe', [replaceEdit(ctx.document, cutStart, cutEnd, '')]),
  });
}

/** What the builder does with arguments that are not JSON: a shell runs RUN, CMD and ENTRYPOINT; the rest split at blanks. */
function fallback(keyword: string): string {
  return SHELL_FALLBACK.has(keyword) ? 'runs it as a shell command' : 'reads it as words split at blanks';
}
