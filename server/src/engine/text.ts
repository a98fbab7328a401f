/** Small text helpers shared by rules and the engine. */

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** The candidate closest to `word` within `max` edits (case-insensitive), if any; the first found wins a tie. */
export function closest(word: string, candidates: Iterable<string>, max = 2): string | undefined {
  return closestTwo(word, candidates, max)[0];
}

/**
 * The closest candidate (as `closest` finds it) and the one `closest` would find with that one left out, so a caller
 * that must skip one candidate (a service never suggests itself) can ask once for many.
 */
export function closestTwo(word: string, candidates: Iterable<string>, max = 2): [string | undefined, string | undefined] {
  let best: string | undefined;
  let second: string | undefined;
  let bestDistance = max + 1;
  let secondDistance = max + 1;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase(), max);
    if (d < bestDistance) {
      second = best;
      secondDistance = bestDistance;
      best = c;
      bestDistance = d;
    } else if (d < secondDistance) {
      second = c;
      secondDistance = d;
    }
  }
  return [best, second];
}

/** Backticks for a message: `value`. */
export function code(text: string): string {
  const clean = text.length > 80 ? text.slice(0, 77) + '…' : text;
  return '`' + clean.replace(/`/g, "'") + '`';
}

/** The text before the first `ch` (all of it when there is none): a linear-time `replace(/ch.*$/, '')` for one line. */
export function before(text: string, ch: string): string {
  const i = text.indexOf(ch);
  return i < 0 ? text : text.slice(0, i);
}

/** A line without its ` # comment` (a `#` after white space, as in `.env` files and YAML). */
export function withoutInlineComment(text: string): string {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '#' && (text[i - 1] === ' ' || text[i - 1] === '\t')) return text.slice(0, i).trimEnd();
  }
  return text;
}
