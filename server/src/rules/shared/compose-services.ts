/**
 * Small accessors the Compose consistency rules share: each service's merged value with the paths to
 * find its nodes again, plain-value helpers, and the line-wise deletion of a block-style key.
 */
import { isMap, Node, Pair } from 'yaml';
import { before } from '../../engine/text';
import { hasInterpolation } from '../../knowledge/compose';
import type { ComposeModel } from '../../model/compose/types';
import { composeTree, entryAt, spanOf, type TreeDocument, type TreeEntry } from './compose-tree';
import { oncePer } from '../../model/once-per';

export type Path = (string | number)[];

export interface ServiceView {
  name: string;
  doc: TreeDocument;
  /** The service's merged value (aliases and `<<` applied). */
  value: Record<string, unknown>;
  path: Path;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every service of every document of the file. Cached per model: some twenty rules ask for it. */
export const services: (model: ComposeModel) => readonly ServiceView[] = oncePer((model: ComposeModel) => collectServices(model));

function collectServices(model: ComposeModel): ServiceView[] {
  const out: ServiceView[] = [];
  for (const doc of composeTree(model).docs) {
    const root = doc.value;
    if (!isRecord(root) || !isRecord(root.services)) continue;
    for (const [name, value] of Object.entries(root.services)) {
      if (isRecord(value)) out.push({ name, doc, value, path: ['services', name] });
    }
  }
  return out;
}

/** The top-level section (`volumes`, `secrets`…) of every document, entry by entry. */
export function topLevelEntries(model: ComposeModel, section: string): ServiceView[] {
  const out: ServiceView[] = [];
  for (const doc of composeTree(model).docs) {
    const root = doc.value;
    if (!isRecord(root) || !isRecord(root[section])) continue;
    for (const [name, value] of Object.entries(root[section] as Record<string, unknown>)) {
      out.push({ name, doc, value: isRecord(value) ? value : {}, path: [section, name] });
    }
  }
  return out;
}

/** Offsets of the key at a path. */
export function keySpan(doc: TreeDocument, path: Path): [number, number] | undefined {
  return spanOf(entryAt(doc, path)?.key);
}

/** Offsets of the value at a path (the key when the value is empty). */
export function valueSpan(doc: TreeDocument, path: Path): [number, number] | undefined {
  return valueSpanOf(entryAt(doc, path));
}

/** Offsets of an entry's value (its key when the value is empty). */
export function valueSpanOf(entry: TreeEntry | undefined): [number, number] | undefined {
  const value = spanOf(entry?.value);
  if (value && value[1] > value[0]) return value;
  return spanOf(entry?.key) ?? value;
}

/** A value that is a string holding `${…}`: unknown until interpolation. */
export function isInterpolated(value: unknown): boolean {
  return typeof value === 'string' && hasInterpolation(value);
}

export function isTrue(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
}

/** A whole number from a number or a numeric string. */
export function asInteger(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^[+-]?[0-9]+$/.test(value)) return Number(value);
  return undefined;
}

/**
 * Offsets of the whole lines of a block-style `key: value` pair (comments after it kept out), or
 * undefined when the key shares its line with other content (flow style, a list item's first key).
 */
export function pairLines(text: string, pair: { key: Node | null | undefined; value: Node | null | undefined }): [number, number] | undefined {
  const key = spanOf(pair.key);
  if (!key) return undefined;
  const lineStart = text.lastIndexOf('\n', key[0] - 1) + 1;
  if (text.slice(lineStart, key[0]).trim() !== '') return undefined;
  const valueRange = pair.value?.range;
  // range[2] is where the node's trailing comments and blank lines end; stop at the value's own end.
  const end = valueRange ? Math.max(valueRange[1], key[1]) : key[1];
  // A block collection's range already ends after its last line break.
  if (text[end - 1] === '\n') return [lineStart, end];
  const lineEnd = text.indexOf('\n', end);
  const stop = lineEnd < 0 ? text.length : lineEnd;
  if (before(text.slice(end, stop), '#').trim() !== '') return undefined;
  return [lineStart, lineEnd < 0 ? text.length : lineEnd + 1];
}

/** The pair of a mapping node by key text. */
export function pairOf(map: unknown, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((p) => (p.key as { value?: unknown } | null)?.value === key) as Pair | undefined;
}
