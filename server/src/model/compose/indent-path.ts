/**
 * The mapping path a line belongs to, from indentation alone, so completion works on half-typed YAML that
 * the parser cannot place yet. `  web:\n    po|` → ['services', 'web'] for a cursor on the `po` line.
 */

export interface LineContext {
  /** Keys of the enclosing mappings; list items appear as index 0. */
  path: (string | number)[];
  /** The key typed on this line before a `:`, when the cursor is after it (a value position). */
  key?: string;
  /** The text of the line before the cursor. */
  before: string;
  /** The line is a list item (`- …`). */
  listItem: boolean;
}

export function lineContext(text: string, offset: number): LineContext {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const indent = indentOf(before);
  const trimmed = before.slice(indent);
  const listItem = trimmed.startsWith('- ') || trimmed === '-';
  const keyMatch = /^(?:-\s+)?([^\s:#][^:#]*?)\s*:\s/.exec(trimmed);
  const path: (string | number)[] = [];
  let limit = indent;
  // A list may sit at the same indentation as the key that holds it (`ports:` / `- 80:80`).
  let sameIndentKey = listItem;
  let end = lineStart - 1;
  while (end > 0 && (limit > 0 || sameIndentKey)) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const ind = indentOf(line);
    const body = line.slice(ind);
    const bareKey = /^[^\s:#-][^:#]*?\s*:\s*$/.test(body);
    if (!(ind < limit || (sameIndentKey && ind === limit && bareKey))) continue;
    sameIndentKey = false;
    if (body === '-' || body.startsWith('- ')) {
      path.unshift(0);
      limit = ind;
      sameIndentKey = true;
      continue;
    }
    const m = /^([^\s:#][^:#]*?)\s*:(\s|$)/.exec(body);
    if (m) {
      path.unshift(unquote(m[1]));
      limit = ind;
    }
  }
  return { path, key: keyMatch ? unquote(keyMatch[1]) : undefined, before, listItem };
}

function indentOf(line: string): number {
  return /^[ ]*/.exec(line)?.[0].length ?? 0;
}

function unquote(key: string): string {
  return key.replace(/^(["'])(.*)\1$/, '$2');
}
