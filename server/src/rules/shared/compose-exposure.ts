/**
 * Published ports that bind every host interface (no host IP), for `ports-all-interfaces` and
 * `database-port-exposed`, with the fix that binds them to 127.0.0.1.
 */
import { isMap } from 'yaml';
import { insertEdit, makeFix } from '../../engine/edits';
import type { RuleContext } from '../../engine/rule';
import type { Fix, TextEdit } from '../../engine/types';
import type { ComposeModel } from '../../model/compose/types';
import { serviceImage } from './compose-images';
import { eachService, findPair, reportOnce, ServiceEntry } from './compose-nodes';
import { PortEntry, servicePorts } from './compose-ports';
import { DATABASE_PORTS, isDatabaseImage } from './compose-security-lists';
import { insertAfterPairEdit } from './compose-text-edits';
import { oncePer } from '../../model/once-per';

export interface OpenPort {
  entry: PortEntry & { published: NonNullable<PortEntry['published']> };
  /** Why it is a database port (the image or the port's usual service), or undefined. */
  database?: string;
  fix?: Fix;
}

/**
 * Reports every open port the rule takes (`wanted`) on its published port, with the port's fix. The two
 * rules split the open ports between them: database ports and the others.
 */
export function reportOpenPorts(
  ctx: RuleContext<ComposeModel>, wanted: (open: OpenPort) => boolean, message: (open: OpenPort, service: ServiceEntry) => string,
): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    for (const open of openPorts(ctx, s)) {
      if (!wanted(open)) continue;
      const p = open.entry.published;
      report({ range: ctx.range(p.start, p.end), message: message(open, s), fix: open.fix });
    }
  }
}

const openPortsOf = oncePer((s: ServiceEntry, ctx: RuleContext<ComposeModel>): readonly OpenPort[] => collectOpenPorts(ctx, s));

/**
 * The service's ports open on every interface. Cached per service entry (one model's): both rules ask,
 * and each port goes to one of them (`database` set or not), so no fix object is reported twice.
 */
export function openPorts(ctx: RuleContext<ComposeModel>, s: ServiceEntry): readonly OpenPort[] {
  return openPortsOf(s, ctx);
}

function collectOpenPorts(ctx: RuleContext<ComposeModel>, s: ServiceEntry): OpenPort[] {
  const out: OpenPort[] = [];
  const image = serviceImage(ctx.model, s.doc, s.body);
  const dbImage = image && isDatabaseImage(image.ref) ? image.ref.familiarName : undefined;
  for (const entry of servicePorts(ctx.model, s.doc, s.body)) {
    if (!entry.published || entry.interpolated || (entry.hostIp && entry.hostIp.text !== '')) continue;
    const containerPort = entry.containerRange?.[0];
    const byPort = containerPort !== undefined ? DATABASE_PORTS.get(containerPort) : undefined;
    const database = dbImage ? `${dbImage} image` : byPort ? `${byPort} port` : undefined;
    let edit: TextEdit | undefined;
    if (entry.long) {
      const published = findPair(s.doc, entry.long, 'published');
      if (published && entry.long.items.includes(published)) edit = insertAfterPairEdit(ctx.document, ctx.model.text, entry.long, published, ['host_ip: 127.0.0.1']);
    } else if (entry.insertAt !== undefined && !isMap(entry.node)) {
      edit = insertEdit(ctx.document, entry.insertAt, '127.0.0.1:');
    }
    const fix = edit ? makeFix('Bind the port to 127.0.0.1 only', 'unsafe', [edit]) : undefined;
    out.push({ entry: entry as OpenPort['entry'], ...(database ? { database } : {}), ...(fix ? { fix } : {}) });
  }
  return out;
}
