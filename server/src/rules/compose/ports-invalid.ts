import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { isInterpolated, isRecord, services, valueSpan, type Path } from '../shared/compose-services';
import type { TreeDocument } from '../shared/compose-tree';
import { isValidIp, parsePortRange } from '../shared/compose-values';

export const meta: ComposeRuleMeta = {
  id: 'ports-invalid',
  target: 'compose',
  category: 'schema',
  severity: 'error',
  summary: 'A port entry Compose or the engine refuses: bad number, range, host IP, protocol or mode.',
  docs: {
    description:
      'A short-syntax port is `[HOST_IP:][HOST:]CONTAINER[/PROTOCOL]`. Compose and the engine refuse a port above 65535 or ' +
      'not a number, host and container ranges of different lengths, a host IP that is not an address, a protocol other ' +
      'than `tcp`, `udp` or `sctp`, a `mode` other than `host` or `ingress`, and an entry without a container port.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:"\n      - "80:80/tcpp"',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n      - "80:80/tcp"',
    notes: 'An entry holding `${…}` is only known after interpolation and is skipped. A long-syntax port without `target` is `schema-required-missing`.',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const service of services(ctx.model)) {
    const ports = service.value.ports;
    if (!Array.isArray(ports)) continue;
    ports.forEach((item, i) => {
      const path = [...service.path, 'ports', i];
      const problem = isRecord(item) ? undefined : typeof item === 'number' ? checkNumber(item) : typeof item === 'string' ? checkShort(item) : undefined;
      if (problem) report(ctx, service.doc, path, problem);
      if (isRecord(item)) checkLong(ctx, service.doc, path, item);
    });
  }
}

function report(ctx: RuleContext<ComposeModel>, doc: TreeDocument, path: Path, message: string): void {
  const span = valueSpan(doc, path);
  if (span) ctx.report({ range: ctx.range(span[0], span[1]), message });
}

function checkNumber(port: number): string | undefined {
  if (!Number.isInteger(port) || port < 1 || port > 65535) return `Port ${code(String(port))} is out of range: a container port is 1 to 65535.`;
  return undefined;
}

/** `[HOST_IP:][HOST:]CONTAINER[/PROTOCOL]`, split from the right as the engine does. */
export function checkShort(spec: string): string | undefined {
  if (isInterpolated(spec)) return undefined;
  let rest = spec;
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    const protocol = rest.slice(slash + 1);
    if (!['tcp', 'udp', 'sctp'].includes(protocol.toLowerCase())) return `${code(protocol)} is not a port protocol: use \`tcp\`, \`udp\` or \`sctp\`.`;
    rest = rest.slice(0, slash);
  }
  let ip: string | undefined;
  const bracket = /^\[([^\]]*)\]:(.*)$/.exec(rest);
  if (bracket) {
    ip = bracket[1];
    rest = bracket[2]!;
  }
  const parts = rest.split(':');
  const container = parts.pop()!;
  const host = parts.length > 0 ? parts.pop()! : undefined;
  if (parts.length > 0) ip = parts.join(':');
  if (ip !== undefined && !isValidIp(ip)) return `${code(ip)} is not a valid host IP address.`;
  if (container === '') return `${code(spec)} has no container port: write \`HOST:CONTAINER\`.`;
  const c = parsePortRange(container);
  if (typeof c === 'string') return c;
  if (c[0] < 1) return `Container port ${code(container)} is out of range: 1 to 65535.`;
  if (host === undefined || host === '') return undefined;
  const h = parsePortRange(host);
  if (typeof h === 'string') return h;
  const cLen = c[1] - c[0];
  const hLen = h[1] - h[0];
  if (cLen > 0 && hLen !== cLen) return `Host range ${code(host)} and container range ${code(container)} have different lengths.`;
  return undefined;
}

function checkLong(ctx: RuleContext<ComposeModel>, doc: TreeDocument, path: Path, port: Record<string, unknown>): void {
  for (const key of ['target', 'published'] as const) {
    const value = port[key];
    if (value === undefined || value === null || isInterpolated(value)) continue;
    const range = parsePortRange(String(value));
    if (typeof range === 'string') report(ctx, doc, [...path, key], range);
    else if (key === 'target' && range[0] < 1) report(ctx, doc, [...path, key], `Container port ${code(String(value))} is out of range: 1 to 65535.`);
  }
  const protocol = port.protocol;
  if (typeof protocol === 'string' && !isInterpolated(protocol) && !['tcp', 'udp', 'sctp'].includes(protocol.toLowerCase())) {
    report(ctx, doc, [...path, 'protocol'], `${code(protocol)} is not a port protocol: use \`tcp\`, \`udp\` or \`sctp\`.`);
  }
  const mode = port.mode;
  if (typeof mode === 'string' && !isInterpolated(mode) && mode !== 'host' && mode !== 'ingress') {
    report(ctx, doc, [...path, 'mode'], `${code(mode)} is not a port mode: use \`host\` or \`ingress\`.`);
  }
  const ip = port.host_ip;
  if (typeof ip === 'string' && !isInterpolated(ip) && !isValidIp(ip)) report(ctx, doc, [...path, 'host_ip'], `${code(ip)} is not a valid host IP address.`);
}
