/**
 * Parser directives: `# syntax=`, `# escape=`, `# check=` lines. BuildKit reads them only in the leading block
 * (a `#!` first line is skipped; the block ends at the first line that is not a known directive). Lines of that
 * shape elsewhere are kept too, marked `inBlock: false`, for the rules about misplaced directives.
 */
import type { Directive } from './types';

export const DIRECTIVE_KEYS: ReadonlySet<string> = new Set(['syntax', 'escape', 'check']);

const DIRECTIVE_LINE = /^([ \t]*#[ \t]*)([A-Za-z][A-Za-z0-9_-]*)([ \t]*=[ \t]*)(.*?)[ \t]*$/;

export function parseDirectiveLines(text: string, heredocLines: ReadonlySet<number> = new Set()): Directive[] {
  const out: Directive[] = [];
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let inBlock = true;
  for (let line = 0; offset <= text.length; line++) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    // Only a line whose first non-blank character is `#` can be a directive: skip the others without slicing.
    let first = offset;
    while (first < end && (text[first] === ' ' || text[first] === '\t')) first++;
    if (text[first] !== '#') {
      inBlock = false;
      if (end >= text.length) break;
      offset = end + 1;
      continue;
    }
    const lineText = text.slice(offset, text[end - 1] === '\r' ? end - 1 : end);
    const m = heredocLines.has(line) ? null : DIRECTIVE_LINE.exec(lineText);
    const known = m !== null && DIRECTIVE_KEYS.has(m[2].toLowerCase());
    // BuildKit skips a shebang-like first line; any other line that is not a known directive ends the block.
    if (!(line === 0 && lineText.startsWith('#!')) && !known) inBlock = false;
    if (m && known) {
      const nameStart = offset + m[1].length;
      const valueStart = nameStart + m[2].length + m[3].length;
      out.push({
        name: m[2].toLowerCase(),
        rawName: m[2],
        value: m[4],
        line,
        start: offset,
        end: offset + lineText.length,
        nameStart,
        nameEnd: nameStart + m[2].length,
        valueStart,
        valueEnd: valueStart + m[4].length,
        inBlock,
      });
    }
    if (end >= text.length) break;
    offset = end + 1;
  }
  return out;
}
