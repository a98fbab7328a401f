/**
 * Compose interpolation: `$VAR`, `${VAR}`, `${VAR:-d}`, `${VAR-d}`, `${VAR:?e}`, `${VAR?e}`, `${VAR:+r}`,
 * `${VAR+r}`, nesting in the default, and `$$` for a literal `$`. Offsets are relative to the text given.
 */

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
  nested: InterpolationRef[];
}

export interface InterpolationError {
  message: string;
  start: number;
  end: number;
}

export interface Interpolation {
  refs: InterpolationRef[];
  errors: InterpolationError[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const MODIFIERS: Modifier[] = [':-', ':?', ':+', '-', '?', '+'];
/**
 * Arguments nested deeper than this are kept as text, not parsed: each level recurses and copies the rest of the
 * text, and a 20 KB value of nested defaults overflowed the stack.
 */
const MAX_NESTING = 100;

export function parseInterpolation(text: string, offset = 0, nesting = 0): Interpolation {
  const result: Interpolation = { refs: [], errors: [] };
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
        result.errors.push({ message: 'Unclosed `${`: add the closing `}` or write `$$` for a literal `$`.', start: offset + dollar, end: offset + text.length });
        break;
      }
      const body = text.slice(dollar + 2, close);
      const name = NAME.exec(body)?.[0] ?? '';
      const rest = body.slice(name.length);
      const modifier = MODIFIERS.find((m) => rest.startsWith(m));
      const start = offset + dollar;
      const end = offset + close + 1;
      if (!name) {
        result.errors.push({ message: `Invalid interpolation \`${text.slice(dollar, close + 1)}\`: a variable name is expected after \`\${\`.`, start, end });
      } else if (rest !== '' && modifier === undefined) {
        result.errors.push({
          message: `Unsupported interpolation \`${text.slice(dollar, close + 1)}\`: Compose supports only \`:-\`, \`-\`, \`:?\`, \`?\`, \`:+\` and \`+\`.`,
          start,
          end,
        });
      } else {
        const argument = modifier ? rest.slice(modifier.length) : '';
        const argOffset = dollar + 2 + name.length + (modifier?.length ?? 0);
        const nested = nesting < MAX_NESTING ? parseInterpolation(argument, offset + argOffset, nesting + 1) : { refs: [], errors: [] };
        result.errors.push(...nested.errors);
        result.refs.push({
          name, modifier: modifier ?? '', argument, start, end,
          nameStart: offset + dollar + 2, nameEnd: offset + dollar + 2 + name.length, nested: nested.refs,
        });
      }
      i = close + 1;
      continue;
    }
    const m = NAME.exec(text.slice(dollar + 1));
    if (m) {
      const start = offset + dollar;
      result.refs.push({ name: m[0], modifier: '', argument: '', start, end: start + 1 + m[0].length, nameStart: start + 1, nameEnd: start + 1 + m[0].length, nested: [] });
      i = dollar + 1 + m[0].length;
      continue;
    }
    i = dollar + 1;
  }
  return result;
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
