/**
 * Variable expansion as the Dockerfile frontend does it outside shell text:
 * `$X`, `${X}`, `${X:-d}`, `${X-d}`, `${X:+r}`, `${X+r}`, `${X:?e}`, `${X?e}`, escapes with the escape character.
 */
import { EMPTY_LIST } from '../empty-list';
import type { Scope, Variable } from './types';

export interface Expansion {
  /** The expanded text; undefined when some variable's value is unknown. */
  value: string | undefined;
  /** Names of every variable referenced. */
  variables: string[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/**
 * Deeper `${A:-${B:-…}}` words are not expanded (their value is unknown): each level recurses and copies the rest
 * of the text, and a 20 KB line of nested defaults overflowed the stack.
 */
const MAX_NESTING = 100;
/** NAME at `lastIndex` (sticky), so a name after `$` is matched without slicing the rest of the text. */
const NAME_AT = /[A-Za-z_][A-Za-z0-9_]*/y;

export function expandVariables(text: string, scope: Scope, escape = '\\', nesting = 0): Expansion {
  // Text without `$` expands to itself (most words): no copy, and the shared empty list of names.
  if (!text.includes('$')) return { value: text, variables: EMPTY_LIST };
  const variables: string[] = [];
  let out = '';
  let unknown = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === escape && text[i + 1] === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (ch !== '$') {
      // Copy the run up to the next `$` or escape at once.
      let j = i + 1;
      while (j < text.length && text[j] !== '$' && text[j] !== escape) j++;
      out += text.slice(i, j);
      i = j;
      continue;
    }
    if (text[i + 1] === '{') {
      const close = findClose(text, i + 2);
      if (close < 0) {
        out += text.slice(i);
        unknown = true;
        break;
      }
      const body = text.slice(i + 2, close);
      const name = NAME.exec(body)?.[0] ?? '';
      variables.push(name);
      const r = applyModifier(scope.get(name), body.slice(name.length), scope, escape, variables, nesting);
      if (r === undefined) unknown = true;
      else out += r;
      i = close + 1;
      continue;
    }
    NAME_AT.lastIndex = i + 1;
    const m = NAME_AT.exec(text);
    if (!m) {
      out += ch;
      i++;
      continue;
    }
    variables.push(m[0]);
    const v = scope.get(m[0]);
    if (v?.value === undefined) unknown = true;
    else out += v.value;
    i += 1 + m[0].length;
  }
  return { value: unknown ? undefined : out, variables };
}

function applyModifier(v: Variable | undefined, rest: string, scope: Scope, escape: string, variables: string[], nesting: number): string | undefined {
  const value = v?.value;
  const set = v !== undefined;
  const word = (from: number) => {
    if (nesting >= MAX_NESTING) return undefined;
    const e = expandVariables(rest.slice(from), scope, escape, nesting + 1);
    variables.push(...e.variables);
    return e.value;
  };
  if (rest === '') return value;
  if (rest.startsWith(':-')) return set && value === undefined ? undefined : value ? value : word(2);
  if (rest.startsWith('-')) return set ? value : word(1);
  if (rest.startsWith(':+')) return set && value === undefined ? undefined : value ? word(2) : '';
  if (rest.startsWith('+')) return set ? word(1) : '';
  if (rest.startsWith(':?') || rest.startsWith('?')) return value;
  // Pattern operators (#, %, /) and anything else: the value cannot be known here.
  return undefined;
}

function findClose(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The word without its quotes, as the builder reads a COPY or ADD path or a FROM image: `"$APP"/bin` is `$APP/bin`.
 * Escapes are left alone (a Windows path's backslashes), and a word with an unclosed quote is kept as written.
 */
export function unquoteWord(value: string): string {
  if (!value.includes('"') && !value.includes("'")) return value;
  let out = '';
  let quote = '';
  for (const ch of value) {
    if (quote === '' && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === quote) quote = '';
    else out += ch;
  }
  return quote === '' ? out : value;
}
