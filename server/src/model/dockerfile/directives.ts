/** Parser directives: `# name=value` lines at the very top of a Dockerfile. */
import type { Directive } from './types';

const DIRECTIVE = /^#[ \t]*([A-Za-z][A-Za-z0-9_-]*)[ \t]*=[ \t]*(.*?)[ \t]*$/;

export function parseDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 0;
  while (offset < text.length) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    const lineText = text.slice(offset, end).replace(/\r$/, '');
    const m = DIRECTIVE.exec(lineText);
    // The first line that is not a directive (a comment, a blank line, an instruction) ends the block.
    if (!m) break;
    const nameStart = offset + lineText.indexOf(m[1]);
    const valueStart = offset + lineText.lastIndexOf(m[2]);
    directives.push({
      name: m[1].toLowerCase(),
      value: m[2],
      line,
      start: offset,
      end: offset + lineText.length,
      nameStart,
      nameEnd: nameStart + m[1].length,
      valueStart: m[2] === '' ? offset + lineText.length : valueStart,
      valueEnd: m[2] === '' ? offset + lineText.length : valueStart + m[2].length,
    });
    offset = end + 1;
    line++;
  }
  return directives;
}
