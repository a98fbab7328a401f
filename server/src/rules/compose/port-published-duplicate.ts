import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, scalarString, seqItems, valueOf } from '../shared/compose-nodes';
import { PortEntry, servicePorts } from '../shared/compose-ports';

export const meta: ComposeRuleMeta = {
  id: 'port-published-duplicate',
  target: 'compose',
  category: 'services',
  severity: 'error',
  summary: 'The same host port is published twice.',
  docs: {
    description:
      'A host port (on one address and protocol) can be bound by one container only. When two services, or two entries of ' +
      'one service, publish the same port, `up` fails with "port is already allocated" for the second container.',
    incorrect: 'services:\n  api:\n    image: acme/api:1.4\n    ports:\n      - "8080:8080"\n  admin:\n    image: acme/admin:1.4\n    ports:\n      - "8080:3000"\n',
    correct: 'services:\n  api:\n    image: acme/api:1.4\n    ports:\n      - "8080:8080"\n  admin:\n    image: acme/admin:1.4\n    ports:\n      - "8081:3000"\n',
    notes:
      'Not reported: container-only entries (`"80"` gets a random host port), ports holding `${…}`, the same port on two ' +
      'different host addresses, TCP and UDP on the same number, and services whose `profiles` share no profile (they are ' +
      'meant to run one at a time).',
  },
  fix: 'none',
  aliases: ['dclint:no-duplicate-exported-ports'],
};

interface Published {
  service: string;
  profiles: string[];
  entry: PortEntry;
  ip: string;
  range: [number, number];
  /** Its place among the entries published so far: the earliest clash is reported. */
  order: number;
}

/**
 * Entries whose range spans more ports than this are searched one by one; narrower ones are found through an
 * index by protocol and port, so a file with thousands of published ports is not compared pair by pair.
 */
const INDEXED_SPAN = 256;

/** The published entries seen so far, indexed by protocol and port. */
class PublishedIndex {
  private readonly all: Published[] = [];
  private readonly wide: Published[] = [];
  private readonly byPort = new Map<string, Published[]>();

  /** The earliest entry seen that `clashes` with `current` (only entries sharing one of its ports are tried). */
  earliest(current: Published, clashes: (p: Published) => boolean): Published | undefined {
    const { range } = current;
    const protocol = current.entry.protocol;
    if (!indexable(range)) return this.all.find(clashes);
    let found: Published | undefined;
    for (let port = range[0]; port <= range[1]; port++) found = earliestIn(this.byPort.get(`${protocol}/${port}`), clashes, found);
    return earliestIn(this.wide, clashes, found);
  }

  add(p: Published): void {
    this.all.push(p);
    if (!indexable(p.range)) {
      this.wide.push(p);
      return;
    }
    for (let port = p.range[0]; port <= p.range[1]; port++) {
      const key = `${p.entry.protocol}/${port}`;
      const list = this.byPort.get(key);
      if (list) list.push(p);
      else this.byPort.set(key, [p]);
    }
  }

  get size(): number {
    return this.all.length;
  }
}

/**
 * The earliest entry of `list` that clashes, when it comes before `found`; else `found`. Lists are in the order the
 * entries were seen, so the search stops at the first clash: a file that publishes one port in many services
 * (a stack repeated) would otherwise try every earlier one for each, quadratic in the repeats.
 */
function earliestIn(list: readonly Published[] | undefined, clashes: (p: Published) => boolean, found: Published | undefined): Published | undefined {
  if (list === undefined) return found;
  for (const p of list) {
    if (found !== undefined && p.order >= found.order) break;
    if (clashes(p)) return p;
  }
  return found;
}

/** A range narrow enough to index port by port (a reversed range is searched one by one). */
function indexable(range: [number, number]): boolean {
  return range[0] <= range[1] && range[1] - range[0] < INDEXED_SPAN;
}

function sameAddress(a: string, b: string): boolean {
  if (a === b) return true;
  const any = (ip: string) => ip === '0.0.0.0';
  // All-interfaces IPv4 collides with any specific IPv4 address.
  return (any(a) && !b.includes(':')) || (any(b) && !a.includes(':'));
}

export function check(ctx: RuleContext<ComposeModel>): void {
  const seen = new PublishedIndex();
  const done = new Set<unknown>();
  for (const s of eachService(ctx.model)) {
    const profiles = seqItems(s.doc, valueOf(s.doc, s.body, 'profiles')).map((p) => scalarString(ctx.model, p)?.text ?? '');
    for (const entry of servicePorts(ctx.model, s.doc, s.body)) {
      if (!entry.published || !entry.publishedRange || entry.interpolated || done.has(entry.node)) continue;
      done.add(entry.node);
      const ip = (entry.hostIp?.text ?? '') === '' ? '0.0.0.0' : (entry.hostIp?.text as string);
      const current: Published = { service: s.name, profiles, entry, ip, range: entry.publishedRange, order: seen.size };
      const clash = seen.earliest(
        current,
        (p) =>
          p.entry.protocol === entry.protocol &&
          sameAddress(p.ip, ip) &&
          p.range[0] <= current.range[1] &&
          current.range[0] <= p.range[1] &&
          !(p.profiles.length > 0 && profiles.length > 0 && !p.profiles.some((x) => profiles.includes(x))),
      );
      seen.add(current);
      if (!clash || !clash.entry.published) continue;
      const where = clash.service === s.name ? 'earlier in the same service' : `by service ${code(clash.service)}`;
      ctx.report({
        range: ctx.range(entry.published.start, entry.published.end),
        message: `Host port ${code(entry.published.text)} of service ${code(s.name)} is already published ${where}.`,
        related: [{ range: ctx.range(clash.entry.published.start, clash.entry.published.end), message: 'first published here' }],
      });
    }
  }
}
