/** Exec form (`["node", "app.js"]`): the JSON array of strings, with offsets for each string. */
import { MappedText, docSpan } from '../mapped-text';
import type { Word } from './types';

/** The instructions whose arguments may be written as a JSON array of strings. */
export const EXEC_FORM_KEYWORDS: ReadonlySet<string> = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']);

/** The strings of a JSON array of strings, or undefined when the text is not one. */
export function parseExecForm(source: MappedText): Word[] | undefined {
  const text = source.text;
  // Most instructions are in shell form: look at the first non-blank character before trimming a copy.
  let first = 0;
  while (first < text.length && /\s/.test(text[first])) first++;
  if (text[first] !== '[') return undefined;
  const trimmed = text.trim();
  if (!trimmed.startsWith('[') || !trimmed.endsWith(']')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || !parsed.every((v) => typeof v === 'string')) return undefined;
  // Of the exact size (push would reserve 17 slots): the text is a JSON array of strings, so the scan below finds
  // each of them.
  const words = new Array<Word>(parsed.length);
  let found = 0;
  let i = text.indexOf('[') + 1;
  while (found < parsed.length && i < text.length) {
    if (text[i] !== '"') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
    const [start, end] = docSpan(source, i, j + 1);
    words[found] = { value: parsed[found] as string, start, end };
    found++;
    i = j + 1;
  }
  return words;
}
