/**
 * Compose interpolation: `$VAR`, `${VAR}`, `${VAR:-d}`, `${VAR-d}`, `${VAR:?e}`, `${VAR?e}`, `${VAR:+r}`,
 * `${VAR+r}`, nesting in the default, and `$$` for a literal `$`. Offsets are relative to the text given.
 */
import { EMPTY_LIST } from '../empty-list';

export type Modifier = '' | ':-' | '-' | ':?' | '?' | ':+' | '+';

export interface InterpolationRef {
  name: string;
  modifier: Modifier;
  /** Text after the modifier (default, error message or replacement), unparsed. */
  argument: string;
  /** Offsets of the whole `${…}` or `$VAR`. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  /** References nested in the argument. */
  nested: readonly InterpolationRef[];
}

export interface InterpolationError {
  message: string;
  start: number;
  end: number;
}

export interface Interpolation {
  refs: readonly InterpolationRef[];
  errors: readonly InterpolationError[];
}

const MODIFIERS: Modifier[] = [':-', ':?', ':+', '-', '?', '+'];
/**
 * Arguments nested deeper than this are kept as text, not parsed: each level recurses and copies the rest of the
 * text, and a 20 KB value of nested defaults overflowed the stack.
 */
const MAX_NESTING = 100;
/** Every result without refs or errors (most arguments, and most values without `$`): never mutated. */
const NO_REFS: readonly InterpolationRef[] = EMPTY_LIST;
const NO_ERRORS: readonly InterpolationError[] = EMPTY_LIST;
const NOTHING: Interpolation = Object.freeze({ refs: NO_REFS, errors: NO_ERRORS });

/**
 * The interpolation in `text`. It is parsed for every scalar holding a `$`, and the refs are kept in the model: the
 * text is read by offsets (no copies of its rest), and lists are exactly as long as they need to be.
 */
export function parseInterpolation(text: string, offset = 0, nesting = 0): Interpolation {
  let refs: InterpolationRef[] | undefined;
  let errors: InterpolationError[] | undefined;
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0) break;
    const next = text[dollar + 1];
    if (next === '$') {
      i = dollar + 2;
      continue;
    }
    if (next === '{') {
      const close = findClose(text, dollar + 2);
      if (close < 0) {
        errors = append(errors, { message: 'Unclosed `${`: add the closing `}` or write `$$` for a literal `$`.', start: offset + dollar, end: offset + text.length });
        break;
      }
      // The body `name modifier argument` runs from after `${` to `close`.
      const nameStart = dollar + 2;
      const nameEnd = scanName(text, nameStart);
      const name = text.slice(nameStart, nameEnd);
      const modifier = modifierAt(text, nameEnd, close);
      const start = offset + dollar;
      const end = offset + close + 1;
      if (!name) {
        errors = append(errors, { message: `Invalid interpolation \`${text.slice(dollar, close + 1)}\`: a variable name is expected after \`\${\`.`, start, end });
      } else if (nameEnd < close && modifier === undefined) {
        errors = append(errors, {
          message: `Unsupported interpolation \`${text.slice(dollar, close + 1)}\`: Compose supports only \`:-\`, \`-\`, \`:?\`, \`?\`, \`:+\` and \`+\`.`,
          start,
          end,
        });
      } else {
        const argOffset = nameEnd + (modifier?.length ?? 0);
        const argument = modifier ? text.slice(argOffset, close) : '';
        const nested = nesting < MAX_NESTING ? parseInterpolation(argument, offset + argOffset, nesting + 1) : NOTHING;
        for (let k = 0; k < nested.errors.length; k++) errors = append(errors, nested.errors[k]!);
        refs = append(refs, {
          name, modifier: modifier ?? '', argument, start, end,
          nameStart: offset + nameStart, nameEnd: offset + nameEnd, nested: nested.refs,
        });
      }
      i = close + 1;
      continue;
    }
    const nameEnd = scanName(text, dollar + 1);
    if (nameEnd > dollar + 1) {
      const start = offset + dollar;
      const end = offset + nameEnd;
      refs = append(refs, { name: text.slice(dollar + 1, nameEnd), modifier: '', argument: '', start, end, nameStart: start + 1, nameEnd: end, nested: NO_REFS });
      i = nameEnd;
      continue;
    }
    i = dollar + 1;
  }
  return refs || errors ? { refs: refs ?? NO_REFS, errors: errors ?? NO_ERRORS } : NOTHING;
}

/** `list` with `item` added: a list of one is made exactly that long (a push onto `[]` reserves 16 slots). */
function append<T>(list: T[] | undefined, item: T): T[] {
  if (!list) return [item];
  list.push(item);
  return list;
}

/** The modifier at `at`, within a body that ends at `close`. */
function modifierAt(text: string, at: number, close: number): Modifier | undefined {
  for (let k = 0; k < MODIFIERS.length; k++) {
    const m = MODIFIERS[k]!;
    if (at + m.length <= close && text.startsWith(m, at)) return m;
  }
  return undefined;
}

/** The end of the variable name (`[A-Za-z_][A-Za-z0-9_]*`) at `from`; `from` when there is none. */
function scanName(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!letter && (i === from || c < 48 || c > 57)) break;
  }
  return i;
}

/** True when a value holds interpolation, so its final value is not known while editing. */
export function hasInterpolation(text: string): boolean {
  return parseInterpolation(text).refs.length > 0;
}

function findClose(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}
