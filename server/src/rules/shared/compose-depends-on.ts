/**
 * Edits on a service's `depends_on`: add a key to one dependency, converting the short list form
 * (`[db, cache]`, which means `condition: service_started` for each) to the long mapping form when needed.
 */
import { isMap, isScalar, isSeq, Node, Pair, Scalar } from 'yaml';
import { before } from '../../engine/text';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { eolOf, insertEdit, replaceEdit } from '../../engine/edits';
import type { TextEdit } from '../../engine/types';
import { nodeRange } from '../../model/compose/parse';
import { appendLinesEdit, indentStep } from './compose-text-edits';

function indentOf(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
}

/**
 * Adds `line` (`required: false`) to the dependency on `name` in the `depends_on` pair. Long form: appended
 * to the dependency's mapping. Short form: the list is rewritten as the equivalent long form first.
 * Undefined when the layout does not allow a clean edit (empty entries, comments inside a flow list…).
 */
export function addToDependencyEdit(
  document: TextDocument,
  text: string,
  dependsOn: { key?: unknown; value: unknown },
  name: string,
  line: string,
  /** The service's mapping, which holds `depends_on`. */
  service: unknown,
  /** Short form only: further dependencies that get the line too, so one edit fixes them all. */
  alsoFor: ReadonlySet<string> = new Set(),
): TextEdit | undefined {
  const value = dependsOn.value as Node | null;
  if (isMap(value)) {
    const entry = value.items.find((p) => isScalar(p.key) && String(p.key.value) === name);
    const body = entry?.value as Node | null | undefined;
    if (!isMap(body) || body.items.length === 0) return undefined;
    // The key is already there with another value: replace the value.
    const [lineKey, lineValue] = line.split(/:\s*/, 2);
    const existing = body.items.find((p) => isScalar(p.key) && String(p.key.value) === lineKey);
    if (existing) {
      const r = nodeRange(existing.value as Node | null);
      return r && lineValue !== undefined ? replaceEdit(document, r[0], r[1], lineValue) : undefined;
    }
    if (!body.flow) return appendLinesEdit(document, text, body, [line]);
    const last = body.items[body.items.length - 1] as Pair;
    const end = nodeRange((last.value ?? last.key) as Node)?.[1];
    return end === undefined ? undefined : insertEdit(document, end, `, ${line}`);
  }
  // The short form becomes block lines, which a flow service mapping (`{image: x, depends_on: [db]}`) cannot hold.
  if (!isSeq(value) || value.items.length === 0 || !isMap(service) || service.flow) return undefined;
  const names: string[] = [];
  for (const item of value.items) {
    if (!isScalar(item) || (item.type !== Scalar.PLAIN && item.type !== Scalar.QUOTE_DOUBLE && item.type !== Scalar.QUOTE_SINGLE)) return undefined;
    if ((item as { anchor?: string }).anchor) return undefined;
    names.push(String(item.value));
  }
  const key = nodeRange(dependsOn.key as Node);
  const range = nodeRange(value);
  if (!key || !range) return undefined;
  const keyIndent = indentOf(text, key[0]);
  // The key must start its line, so the new mapping can be indented under it.
  if (text.slice(text.lastIndexOf('\n', key[0] - 1) + 1, key[0]).trim() !== '') return undefined;
  const eol = eolOf(text);
  const step = indentStep(text);
  const child = keyIndent + step;
  const lines: string[] = [];
  for (const n of names) {
    lines.push(`${child}${/^[a-zA-Z0-9._-]+$/.test(n) ? n : JSON.stringify(n)}:`, `${child}${step}condition: service_started`);
    if (n === name || alsoFor.has(n)) lines.push(`${child}${step}${line}`);
  }
  const between = text.slice(key[1], range[0]);
  if (value.flow) {
    if (!/^[ \t]*:[ \t]*$/.test(between) || text.slice(range[0], range[1]).includes('#')) return undefined;
    const lineEnd = text.indexOf('\n', range[1]);
    const rest = text.slice(range[1], lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
    if (before(rest, '#').trim() !== '') return undefined;
    return replaceEdit(document, key[1], range[1], ':' + eol + lines.join(eol));
  }
  // Block list: replace the lines from the first item to the end of the last one.
  const firstLine = text.lastIndexOf('\n', range[0] - 1) + 1;
  if (firstLine <= key[0]) return undefined;
  let end = range[1];
  while (end > range[0] && /\s/.test(text[end - 1] ?? '')) end--;
  const stop = text.indexOf('\n', end);
  const lastLineEnd = stop < 0 ? text.length : stop + 1;
  const block = text.slice(firstLine, lastLineEnd);
  if (block.includes('#')) return undefined;
  return replaceEdit(document, firstLine, lastLineEnd, lines.join(eol) + (stop < 0 ? '' : eol));
}
