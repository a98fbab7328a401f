/**
 * Minimal text edits on Compose YAML that keep comments, quoting and indentation: delete a block
 * key, add keys or list items to a block mapping or list, quote a scalar, and reorder the entries of a
 * block mapping or list (comments above an entry move with it).
 */
import { isAlias, isCollection, isMap, isScalar, isSeq, Node, Pair, visit, YAMLMap, YAMLSeq } from 'yaml';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { eolOf, insertEdit, replaceEdit } from '../../engine/edits';
import type { TextEdit } from '../../engine/types';
import { keyName, nodeRange } from '../../model/compose/parse';
import { perLastText } from '../../model/once-per';

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndAfter(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i + 1;
}

/** End of the last line a node's content occupies (after its line break), or undefined. */
function contentLineEnd(text: string, node: Node | null | undefined, fallback: number): number {
  const r = nodeRange(node);
  const end = r ? Math.max(r[1], fallback) : fallback;
  // Ranges of block collections may end at the start of the next line; step back over that break.
  let last = end;
  while (last > 0 && /\s/.test(text[last - 1] ?? '')) last--;
  return lineEndAfter(text, Math.max(last - 1, 0));
}

/** True when the key starts its line (only white space, or `- ` list markers, before it). */
function ownsLine(text: string, keyStart: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStartOf(text, keyStart), keyStart));
}

/** The lines of a block-style pair (key line through the last value line), or undefined. */
export function pairLines(text: string, pair: Pair): [number, number] | undefined {
  const key = nodeRange(pair.key as Node);
  if (!key || !ownsLine(text, key[0])) return undefined;
  const value = pair.value as Node | null;
  if (isCollection(value) && value.flow === true && text.slice(key[1], nodeRange(value)?.[0] ?? key[1]).includes('\n')) return undefined;
  const end = contentLineEnd(text, value, key[1]);
  const tail = text.slice(nodeRange(value)?.[1] ?? key[1], end);
  if (/[,}\]]/.test(tail.replace(/#.*$/s, ''))) return undefined;
  return [lineStartOf(text, key[0]), end];
}

/** Deletes a block-style key with its value. */
export function deletePairEdit(document: TextDocument, text: string, pair: Pair): TextEdit | undefined {
  const lines = pairLines(text, pair);
  return lines ? replaceEdit(document, lines[0], lines[1], '') : undefined;
}

/** Indentation of a block mapping's keys, when it is block style and every key starts its line. */
export function blockIndent(text: string, map: YAMLMap | YAMLSeq): string | undefined {
  if (map.flow || map.items.length === 0) return undefined;
  const first = map.items[0] as Pair | Node;
  const start = isMap(map) ? nodeRange((first as Pair).key as Node)?.[0] : nodeRange(first as Node)?.[0];
  if (start === undefined) return undefined;
  const before = text.slice(lineStartOf(text, start), start);
  if (isSeq(map)) {
    // The `-` marker starts the item's line; the indent is what precedes it.
    const m = /^([ \t]*)-[ \t]+$/.exec(before);
    return m ? m[1] : undefined;
  }
  if (/^[ \t]*$/.test(before)) return before;
  // The first key of a mapping inside a list item: `- key: v`.
  const m = /^([ \t]*)-[ \t]+$/.exec(before);
  return m ? m[1] + ' '.repeat(before.length - m[1].length) : undefined;
}

/**
 * The file's indentation step: how much deeper the first nested block line sits than the key above it (`services:`
 * then `    web:` is four spaces). Two spaces when no line tells. Read once per text (`perLastText`): fixes ask for every
 * finding, and a long top-level header would be read again each time.
 */
export const indentStep: (text: string) => string = perLastText(readIndentStep);

function readIndentStep(text: string): string {
  let above = -1;
  for (let start = 0; start < text.length; ) {
    const end = lineEndAfter(text, start);
    const line = text.slice(start, end);
    start = end;
    const content = /^( *)([^ \t\r\n#])/.exec(line);
    if (!content) continue;
    const depth = content[1]!.length;
    if (above >= 0 && depth > above && content[2] !== '-') return ' '.repeat(Math.min(depth - above, 8));
    above = /:[ \t]*(?:#.*)?\r?\n?$/.test(line) ? depth : -1;
  }
  return '  ';
}

/** Lines written with a two-space step, with the file's step instead (see `indentStep`). */
function inFileSteps(text: string, lines: string[]): string[] {
  const step = indentStep(text);
  return step === '  ' ? lines : lines.map((l) => l.replace(/^(?: {2})+/, (m) => step.repeat(m.length / 2)));
}

/**
 * Appends `lines` (relative: no indentation of their own, nested lines two spaces deeper) at the end of a block
 * mapping or list, indented as the file is.
 */
export function appendLinesEdit(document: TextDocument, text: string, collection: YAMLMap | YAMLSeq, lines: string[]): TextEdit | undefined {
  const indent = blockIndent(text, collection);
  if (indent === undefined) return undefined;
  const last = collection.items[collection.items.length - 1] as Pair | Node;
  const lastNode = isMap(collection) ? (((last as Pair).value as Node | null) ?? ((last as Pair).key as Node)) : (last as Node);
  const lastStart = isMap(collection) ? nodeRange((last as Pair).key as Node)?.[1] ?? 0 : nodeRange(last as Node)?.[0] ?? 0;
  const at = contentLineEnd(text, lastNode, lastStart);
  const eol = eolOf(text);
  const prefix = at === text.length && !text.endsWith('\n') ? eol : '';
  return insertEdit(document, at, prefix + inFileSteps(text, lines).map((l) => indent + l + eol).join(''));
}

/**
 * Inserts lines (relative, as for `appendLinesEdit`) right after a pair of a block mapping, at the pair's indentation
 * (also for the first key of a list item).
 */
export function insertAfterPairEdit(document: TextDocument, text: string, map: YAMLMap, pair: Pair, lines: string[]): TextEdit | undefined {
  // Block lines cannot go inside a flow mapping (`{a: 1,` on one line, `b: 2}` on the next, or a JSON file).
  if (map.flow) return undefined;
  const key = nodeRange(pair.key as Node);
  if (!key) return undefined;
  const lineStart = lineStartOf(text, key[0]);
  const before = text.slice(lineStart, key[0]);
  if (!/^[ \t]*(?:-[ \t]+)*$/.test(before)) return undefined;
  const value = pair.value as Node | null;
  if (isCollection(value) && value.flow === true && text.slice(key[1], nodeRange(value)?.[1] ?? key[1]).includes('\n')) return undefined;
  const end = contentLineEnd(text, value, key[1]);
  const indent = before.replace(/-/g, ' ');
  const eol = eolOf(text);
  const prefix = end === text.length && !text.endsWith('\n') ? eol : '';
  return insertEdit(document, end, prefix + inFileSteps(text, lines).map((l) => indent + l + eol).join(''));
}

/** Puts a plain scalar in quotes. */
export function quoteEdit(document: TextDocument, text: string, node: Node, quote: '"' | "'" = '"'): TextEdit | undefined {
  const r = nodeRange(node);
  if (!r || !isScalar(node)) return undefined;
  const raw = text.slice(r[0], r[1]);
  const inner = quote === '"' ? raw.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : raw.replace(/'/g, "''");
  return replaceEdit(document, r[0], r[1], quote + inner + quote);
}

/** Anchors an entry defines and aliases it uses. */
function anchorsAndAliases(item: unknown): { anchors: Set<string>; aliases: Set<string> } {
  const anchors = new Set<string>();
  const aliases = new Set<string>();
  visit(item as Node, (_key, node) => {
    if (isAlias(node)) aliases.add(node.source);
    else if ((isScalar(node) || isCollection(node)) && (node as { anchor?: string }).anchor) anchors.add((node as { anchor: string }).anchor);
    return undefined;
  });
  return { anchors, aliases };
}

/** True when, in the new order, an alias would come before the entry that defines its anchor. */
function breaksAliases(collection: YAMLMap | YAMLSeq, order: number[]): boolean {
  const info = (collection.items as unknown[]).map(anchorsAndAliases);
  const position = new Map<number, number>(order.map((index, k) => [index, k]));
  for (let i = 0; i < info.length; i++) {
    for (const alias of info[i].aliases) {
      // An alias names the nearest anchor before it: every defining entry must stay on the same side.
      for (let j = 0; j < info.length; j++) {
        if (j === i || !info[j].anchors.has(alias)) continue;
        if (j < i !== (position.get(j) ?? 0) < (position.get(i) ?? 0)) return true;
      }
    }
  }
  return false;
}

interface Chunk {
  start: number;
  end: number;
}

/**
 * Reorders the entries of a block mapping or list into `order` (indexes of `items`), each with the
 * comment lines right above it. Undefined when the layout does not allow a line-wise move (flow style,
 * several entries on a line, merge keys, anchors defined inside).
 */
export function reorderEdit(document: TextDocument, text: string, collection: YAMLMap | YAMLSeq, order: number[]): TextEdit | undefined {
  if (breaksAliases(collection, order)) return undefined;
  if (collection.flow) return reorderFlowEdit(document, text, collection, order);
  if (blockIndent(text, collection) === undefined) return undefined;
  const items = collection.items as (Pair | Node)[];
  const starts: number[] = [];
  for (const item of items) {
    if (isMap(collection) && keyName(item as Pair) === '<<') return undefined;
    // A collection as a key (`[x]:`, never valid Compose): moved below another entry, `yaml` can no longer read it.
    if (isMap(collection) && !isScalar((item as Pair).key)) return undefined;
    const s = isMap(collection) ? nodeRange((item as Pair).key as Node)?.[0] : nodeRange(item as Node)?.[0];
    if (s === undefined) return undefined;
    const lineStart = lineStartOf(text, s);
    if (isSeq(collection) && !/^[ \t]*-[ \t]*$/.test(text.slice(lineStart, s))) return undefined;
    if (isMap(collection) && !/^[ \t]*$/.test(text.slice(lineStart, s))) return undefined;
    starts.push(lineStart);
  }
  for (let i = 1; i < starts.length; i++) if (starts[i] <= starts[i - 1]) return undefined;
  const chunks: Chunk[] = [];
  // Each entry owns the comment lines directly above it (no blank line between).
  const owned = starts.map((s, i) => {
    let start = s;
    const floor = i > 0 ? starts[i - 1] : 0;
    while (start > floor) {
      const prev = lineStartOf(text, start - 1);
      if (prev < floor || (i > 0 && prev === starts[i - 1])) break;
      const line = text.slice(prev, start);
      if (!/^[ \t]*#/.test(line)) break;
      start = prev;
    }
    return start;
  });
  if (owned[0] === 0 && starts[0] !== 0) owned[0] = starts[0]; // a comment at the top of the file stays there
  const last = items[items.length - 1];
  const lastNode = isMap(collection) ? (((last as Pair).value as Node | null) ?? ((last as Pair).key as Node)) : (last as Node);
  const end = contentLineEnd(text, lastNode, starts[starts.length - 1]);
  for (let i = 0; i < items.length; i++) chunks.push({ start: owned[i], end: i + 1 < items.length ? owned[i + 1] : end });
  const eol = eolOf(text);
  const bodies: string[] = [];
  const separators: string[] = [];
  for (const c of chunks) {
    // Blank lines after an entry separate it from the next one: they stay in place.
    const lines = text.slice(c.start, c.end).split(/(?<=\n)/);
    let sep = '';
    while (lines.length > 1 && /^[ \t]*\r?\n?$/.test(lines[lines.length - 1])) sep = lines.pop() + sep;
    let body = lines.join('');
    if (!body.endsWith('\n')) body += eol;
    bodies.push(body);
    separators.push(sep);
  }
  let out = '';
  order.forEach((index, k) => {
    out += bodies[index] + separators[k];
  });
  let result = out;
  const original = text.slice(chunks[0].start, end);
  if (!original.endsWith('\n')) result = result.replace(/\r?\n$/, '');
  if (result === original) return undefined;
  return replaceEdit(document, chunks[0].start, end, result);
}

function reorderFlowEdit(document: TextDocument, text: string, collection: YAMLMap | YAMLSeq, order: number[]): TextEdit | undefined {
  const items = collection.items as (Pair | Node)[];
  const spans: [number, number][] = [];
  for (const item of items) {
    const s = isMap(collection) ? nodeRange((item as Pair).key as Node)?.[0] : nodeRange(item as Node)?.[0];
    const e = isMap(collection) ? nodeRange(((item as Pair).value as Node) ?? ((item as Pair).key as Node))?.[1] : nodeRange(item as Node)?.[1];
    if (s === undefined || e === undefined) return undefined;
    if (text.slice(s, e).includes('#')) return undefined;
    spans.push([s, e]);
  }
  if (spans.length < 2) return undefined;
  const texts = spans.map(([s, e]) => text.slice(s, e));
  // Replace each slot with the entry that moves there; separators and comments between stay.
  const edits = spans.map(([s, e], k) => ({ s, e, t: texts[order[k]] }));
  let out = '';
  let cursor = spans[0][0];
  for (const ed of edits) {
    out += text.slice(cursor, ed.s) + ed.t;
    cursor = ed.e;
  }
  const original = text.slice(spans[0][0], cursor);
  if (out === original) return undefined;
  return replaceEdit(document, spans[0][0], cursor, out);
}

/** A stable sort's permutation: indexes of `keys` in sorted order. */
export function sortedOrder<T>(keys: T[], compare: (a: T, b: T) => number): number[] {
  return keys.map((k, i) => ({ k, i })).sort((a, b) => compare(a.k, b.k) || a.i - b.i).map((x) => x.i);
}
