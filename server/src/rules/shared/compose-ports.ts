/**
 * Port entries of a service, short (`[ip:][host:]container[/proto]`) and long syntax, with the offsets
 * of their parts so rules can underline the host port or insert a host IP.
 */
import { Document, isMap, Node, YAMLMap } from 'yaml';
import type { ComposeModel } from '../../model/compose/types';
import { hasInterpolation } from '../../knowledge/compose/formats';
import { findPair, scalarString, seqItems, valueOf } from './compose-nodes';
import { oncePer } from '../../model/once-per';

export interface PortPart {
  text: string;
  start: number;
  end: number;
}

export interface PortEntry {
  /** The list item. */
  node: Node;
  /** The long-syntax mapping, if any. */
  long?: YAMLMap;
  hostIp?: PortPart;
  /** The published (host) port or range; absent for container-only entries. */
  published?: PortPart;
  /** Published range as numbers, when they are plain numbers. */
  publishedRange?: [number, number];
  container?: PortPart;
  containerRange?: [number, number];
  protocol: string;
  /** Where a `<ip>:` prefix goes (short syntax, offsets exact). */
  insertAt?: number;
  /** The entry holds a `$` expression somewhere. */
  interpolated: boolean;
}

function range(text: string): [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2] ?? m[1])];
}

/** Parses one short-syntax port string; offsets are relative to `base`. */
export function parseShortPort(spec: string, base: number): Omit<PortEntry, 'node'> {
  let body = spec;
  let protocol = 'tcp';
  const slash = spec.lastIndexOf('/');
  if (slash >= 0) {
    protocol = spec.slice(slash + 1).toLowerCase();
    body = spec.slice(0, slash);
  }
  const part = (from: number, to: number): PortPart => ({ text: body.slice(from, to), start: base + from, end: base + to });
  let ip: PortPart | undefined;
  let rest = 0;
  if (body.startsWith('[')) {
    const close = body.indexOf(']:');
    if (close > 0) {
      ip = part(1, close);
      rest = close + 2;
    }
  } else {
    // The last two colons separate host and container port; everything before is the IP.
    const last = body.lastIndexOf(':');
    const cut = last > 0 ? body.lastIndexOf(':', last - 1) : -1;
    if (cut >= 0) {
      ip = part(0, cut);
      rest = cut + 1;
    }
  }
  const tail = body.slice(rest);
  const colon = tail.indexOf(':');
  const entry: Omit<PortEntry, 'node'> = { protocol, interpolated: hasInterpolation(spec), insertAt: base };
  if (ip) entry.hostIp = ip;
  if (colon >= 0) {
    entry.published = part(rest, rest + colon);
    entry.container = part(rest + colon + 1, body.length);
  } else {
    entry.container = part(rest, body.length);
  }
  if (entry.published && entry.published.text === '') delete entry.published;
  if (entry.published) {
    const r = range(entry.published.text);
    if (r) entry.publishedRange = r;
  }
  if (entry.container) {
    const r = range(entry.container.text);
    if (r) entry.containerRange = r;
  }
  return entry;
}

const portsOfBody = oncePer((body: YAMLMap, model: ComposeModel, doc: Document): readonly PortEntry[] => collectPorts(model, doc, body));

/**
 * Every entry of a service's `ports`. Cached per service body (a node of one model's document): four
 * rules read them. The entries are shared, so callers must not change them.
 */
export function servicePorts(model: ComposeModel, doc: Document, body: YAMLMap): readonly PortEntry[] {
  return portsOfBody(body, model, doc);
}

function collectPorts(model: ComposeModel, doc: Document, body: YAMLMap): PortEntry[] {
  const out: PortEntry[] = [];
  for (const item of seqItems(doc, findPair(doc, body, 'ports')?.value)) {
    if (isMap(item)) {
      const get = (k: string) => scalarString(model, valueOf(doc, item, k));
      const entry: PortEntry = { node: item, long: item, protocol: (get('protocol')?.text ?? 'tcp').toLowerCase(), interpolated: false };
      const part = (k: string): PortPart | undefined => {
        const s = get(k);
        if (!s) return undefined;
        if (hasInterpolation(s.text)) entry.interpolated = true;
        return { text: s.text, start: s.start, end: s.end };
      };
      const hostIp = part('host_ip');
      const published = part('published');
      const target = part('target');
      if (hostIp) entry.hostIp = hostIp;
      if (published) {
        entry.published = published;
        const r = range(published.text);
        if (r) entry.publishedRange = r;
      }
      if (target) {
        entry.container = target;
        const r = range(target.text);
        if (r) entry.containerRange = r;
      }
      out.push(entry);
      continue;
    }
    const s = scalarString(model, item);
    if (!s) continue;
    const parsed = parseShortPort(s.text, s.start);
    if (!s.exact) delete parsed.insertAt;
    out.push({ node: item, ...parsed });
  }
  return out;
}
