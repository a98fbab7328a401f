/**
 * ENV/LABEL/ARG pairs of a one-line instruction with no quote, escape character, `#` or heredoc, read from its
 * scanned words. These are most such instructions, and for them dockerfile-ast's reading is simple: the words
 * split at blanks, `name=value` per word, or the legacy `ENV NAME value…` form when the first word has no `=`.
 * Anything else is left to dockerfile-ast (undefined). test/model/simple-properties.test.ts compares the two.
 */
import { EMPTY_LIST } from '../empty-list';
import type { Property, Word } from './types';

/** The pairs, or undefined when the instruction needs dockerfile-ast's full reading. */
export function simpleProperties(text: string, start: number, end: number, words: readonly Word[], escape: string): Property[] | undefined {
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r' || c === '"' || c === "'" || c === '#' || c === escape) return undefined;
  }
  for (const w of words) if (w.value.startsWith('<<')) return undefined;
  if (words.length === 0) return EMPTY_LIST;
  const first = words[0];
  if (words.length >= 2 && !first.value.includes('=')) {
    // Legacy form: the first word is the name, the rest of the line (blanks inside kept) the value.
    const valueStart = words[1].start;
    const valueEnd = words[words.length - 1].end;
    const raw = text.slice(valueStart, valueEnd);
    return [{ name: first.value, value: raw, raw, start: first.start, end: valueEnd, nameStart: first.start, nameEnd: first.end, valueStart, valueEnd, operator: null }];
  }
  return words.map(pair);
}

function pair(word: Word): Property {
  const eq = word.value.indexOf('=');
  if (eq < 0) {
    return { name: word.value, value: null, raw: undefined, start: word.start, end: word.end, nameStart: word.start, nameEnd: word.end, valueStart: word.end, valueEnd: word.end, operator: null };
  }
  const value = word.value.slice(eq + 1);
  const nameEnd = word.start + eq;
  return { name: word.value.slice(0, eq), value, raw: value, start: word.start, end: word.end, nameStart: word.start, nameEnd, valueStart: nameEnd + 1, valueEnd: word.end, operator: '=' };
}
