// How Compose reads typed strings: interpolation markers, booleans, numbers, durations and
// byte sizes. Mirrors what compose-go does after interpolation (Go's strconv and
// time.ParseDuration, docker/go-units for sizes), so a value we accept is one Compose accepts.

/**
 * True when the string holds a `$VAR` or `${…}` expression Compose will substitute. `$$` is an
 * escaped literal `$` and does not count. Such a value is unknown until interpolation and
 * satisfies any scalar type.
 */
export function hasInterpolation(text: string): boolean {
  // From `$` to `$` (most values have none): asked of nearly every value by the validator and the rules.
  for (let i = text.indexOf('$'); i >= 0 && i < text.length - 1; i = text.indexOf('$', i + 1)) {
    const next = text[i + 1]!;
    if (next === '$') {
      i++; // skip the escaped dollar
      continue;
    }
    if (next === '{' || /[A-Za-z_]/.test(next)) return true;
  }
  return false;
}

const TRUE_WORDS = new Set(['true', 'yes', 'on', 'y']);
const FALSE_WORDS = new Set(['false', 'no', 'off', 'n']);

/**
 * The boolean a string converts to on a boolean field, or undefined. Compose accepts the YAML 1.1
 * words (yes/no/on/off/y/n, any case) with a warning; the `yaml11-boolean` rule reports those.
 */
export function parseBooleanString(text: string): boolean | undefined {
  const lower = text.toLowerCase();
  if (TRUE_WORDS.has(lower)) return true;
  if (FALSE_WORDS.has(lower)) return false;
  return undefined;
}

/** A whole number as Go's strconv.Atoi reads it: optional sign, decimal digits. */
export function isIntegerString(text: string): boolean {
  return /^[+-]?[0-9]+$/.test(text);
}

/** A decimal number as Go's strconv.ParseFloat reads it (no spaces, no hex). */
export function isNumberString(text: string): boolean {
  // `[0-9]+(?:\.[0-9]*)?`, not `[0-9]+\.?[0-9]*`: the same numbers, without quadratic backtracking on long digit runs.
  return /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(text);
}

const DURATION_UNIT_MS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  'µs': 1e-3, // U+00B5 micro sign
  'μs': 1e-3, // U+03BC Greek mu
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/**
 * Parses a Go duration (`30s`, `1m30s`, `1.5h`, `500ms`, `-2m`, `0`) into milliseconds.
 * Every number needs a unit except a lone `0`; days are not a unit. Undefined when invalid.
 */
export function parseDuration(text: string): number | undefined {
  let rest = text;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    if (rest[0] === '-') sign = -1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') return undefined;
  let total = 0;
  const part = /^([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(ns|us|µs|μs|ms|s|m|h)/; // unambiguous digits: linear time
  while (rest.length > 0) {
    const match = part.exec(rest);
    if (!match) return undefined;
    total += Number(match[1]) * DURATION_UNIT_MS[match[2]!]!;
    rest = rest.slice(match[0].length);
  }
  return sign * total;
}

const BYTE_MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
  p: 1024 ** 5,
};

/**
 * Parses a byte size as Compose does (binary multiples): `512`, `2b`, `64k`, `64kb`, `64KiB`,
 * `512m`, `1.5g`, `1 GB` (one space is tolerated). Units are case-insensitive. Undefined when
 * invalid or negative.
 */
export function parseByteSize(text: string): number | undefined {
  // Split after the last digit, dot or space, as docker/go-units does.
  let sep = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    if (/[0-9. ]/.test(text[i]!)) {
      sep = i;
      break;
    }
  }
  if (sep === -1) return undefined;
  const numberPart = text[sep] === ' ' ? text.slice(0, sep) : text.slice(0, sep + 1);
  const suffix = text.slice(sep + 1).toLowerCase();
  if (!isNumberString(numberPart)) return undefined;
  const size = Number(numberPart);
  if (!Number.isFinite(size) || size < 0) return undefined;
  if (suffix === '' || suffix === 'b') return Math.trunc(size);
  const multiplier = BYTE_MULTIPLIERS[suffix[0]!];
  if (multiplier === undefined) return undefined;
  const tail = suffix.slice(1);
  if (tail !== '' && tail !== 'b' && tail !== 'ib') return undefined;
  return Math.trunc(size * multiplier);
}
