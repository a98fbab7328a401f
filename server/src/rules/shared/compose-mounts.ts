/**
 * A service's `volumes` entries, short (`source:target[:options]`) and long syntax, with the offsets
 * of the source and of each short-syntax option.
 */
import { Document, isMap, Node, YAMLMap } from 'yaml';
import { isNamedVolume } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { findPair, isTrueValue, mapAt, scalarString, seqItems, Str, valueOf } from './compose-nodes';
import { oncePer } from '../../model/once-per';

export interface MountPart {
  text: string;
  start: number;
  end: number;
}

export interface MountEntry {
  node: Node;
  long?: YAMLMap;
  type: 'bind' | 'volume' | 'tmpfs' | 'anonymous' | 'other';
  source?: MountPart;
  target?: MountPart;
  /** Short-syntax options (`ro`, `rshared`, `z`…) or long-syntax `bind.propagation`. */
  options: MountPart[];
  readOnly: boolean;
  /** Long syntax `bind.create_host_path: true`. */
  createHostPath: boolean;
}

/** Splits `source:target:options`, keeping a Windows drive letter (`C:\x`) in the source. */
export function parseShortVolume(s: Str): Omit<MountEntry, 'node'> {
  const text = s.text;
  const parts: MountPart[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== ':') continue;
    // `C:\` or `C:/` at the very start is a drive letter, not a separator.
    if (i === 1 && /^[A-Za-z]:[\\/]/.test(text)) continue;
    parts.push({ text: text.slice(from, i), start: s.start + from, end: s.start + i });
    from = i + 1;
  }
  if (parts.length === 1) return { type: 'anonymous', target: parts[0], options: [], readOnly: false, createHostPath: false };
  const [source, target, opts] = parts;
  const options: MountPart[] = [];
  if (opts) {
    let o = opts.start;
    for (const word of opts.text.split(',')) {
      options.push({ text: word, start: o, end: o + word.length });
      o += word.length + 1;
    }
  }
  const type = isNamedVolume(source.text) ? 'volume' : 'bind';
  return { type, source, target, options, readOnly: options.some((o) => o.text === 'ro'), createHostPath: false };
}

const mountsOfBody = oncePer((body: YAMLMap, model: ComposeModel, doc: Document): readonly MountEntry[] => collectMounts(model, doc, body));

/**
 * A service's `volumes` entries. Cached per service body (a node of one model's document): four rules
 * read them. The entries are shared, so callers must not change them.
 */
export function serviceMounts(model: ComposeModel, doc: Document, body: YAMLMap): readonly MountEntry[] {
  return mountsOfBody(body, model, doc);
}

function collectMounts(model: ComposeModel, doc: Document, body: YAMLMap): MountEntry[] {
  const out: MountEntry[] = [];
  for (const item of seqItems(doc, findPair(doc, body, 'volumes')?.value)) {
    if (isMap(item)) {
      const get = (k: string) => scalarString(model, valueOf(doc, item, k));
      const typeText = get('type')?.text ?? '';
      const type = (['bind', 'volume', 'tmpfs'].includes(typeText) ? typeText : 'other') as MountEntry['type'];
      const source = get('source');
      const target = get('target');
      const bind = mapAt(doc, item, 'bind');
      const propagation = bind ? scalarString(model, valueOf(doc, bind, 'propagation')) : undefined;
      out.push({
        node: item,
        long: item,
        type,
        ...(source ? { source: { text: source.text, start: source.start, end: source.end } } : {}),
        ...(target ? { target: { text: target.text, start: target.start, end: target.end } } : {}),
        options: propagation ? [{ text: propagation.text, start: propagation.start, end: propagation.end }] : [],
        readOnly: isTrueValue(valueOf(doc, item, 'read_only')),
        createHostPath: bind ? isTrueValue(valueOf(doc, bind, 'create_host_path')) : false,
      });
      continue;
    }
    const s = scalarString(model, item);
    if (!s || !s.exact) continue;
    out.push({ node: item, ...parseShortVolume(s) });
  }
  return out;
}

/** A host path without trailing slashes and with `//` collapsed (`//var/run/docker.sock` → `/var/run/docker.sock`). */
export function normalizeHostPath(path: string): string {
  const p = path.replace(/\/{2,}/g, '/');
  return p.length > 1 ? p.replace(/(?<!\/)\/+$/, '') : p;
}
