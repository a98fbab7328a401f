/** Exec form (`["node", "app.js"]`): the JSON array of strings, with offsets for each string. */
import { MappedText, docSpan } from '../mapped-text';
import type { Word } from './types';

/** The instructions whose arguments may be written as a JSON array of strings. */
export const EXEC_FORM_KEYWORDS: ReadonlySet<string> = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']);

/**
 * The white space BuildKit skips before the `[` of a JSON array (Go's `unicode.IsSpace`). JavaScript's `\s` differs:
 * it also takes U+FEFF, which BuildKit keeps (so `CMD \uFEFF["a"]` is shell form), and not U+0085.
 */
const SPACE_BEFORE_ARRAY = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** The strings of a JSON array of strings, or undefined when the text is not one. */
export function parseExecForm(source: MappedText): Word[] | undefined {
  const text = source.text;
  // Most instructions are in shell form: look at the first non-blank character before trimming a copy.
  let first = 0;
  while (first < text.length && SPACE_BEFORE_ARRAY.test(text[first])) first++;
  if (text[first] !== '[') return undefined;
  const trimmed = text.slice(first).trimEnd();
  if (!trimmed.endsWith(']')) return undefined;
  const parsed = jsonStringArray(trimmed);
  if (parsed === undefined) return undefined;
  // Of the exact size (push would reserve 17 slots): the text is a JSON array of strings, so the scan below finds
  // each of them.
  const words = new Array<Word>(parsed.length);
  let found = 0;
  let i = first + 1;
  while (found < parsed.length && i < text.length) {
    if (text[i] !== '"') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
    const [start, end] = docSpan(source, i, j + 1);
    words[found] = { value: parsed[found], start, end };
    found++;
    i = j + 1;
  }
  return words;
}

/** The strings of `text` when all of it is a JSON array of strings, else undefined. */
export function jsonStringArray(text: string): string[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  return Array.isArray(parsed) && parsed.every((v) => typeof v === 'string') ? (parsed as string[]) : undefined;
}
