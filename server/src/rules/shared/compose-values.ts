/** Parsers for small typed Compose strings: port numbers and ranges, IP addresses, signals. */

/** `8080` or `8000-8010` as [first, last], or a message saying what is wrong. */
export function parsePortRange(text: string): [number, number] | string {
  const m = /^([0-9]+)(?:-([0-9]+))?$/.exec(text.trim());
  if (!m) return `\`${text}\` is not a port number or range.`;
  const first = Number(m[1]);
  const last = m[2] === undefined ? first : Number(m[2]);
  if (first > 65535 || last > 65535) return `Port \`${text}\` is out of range: ports go up to 65535.`;
  if (last < first) return `Port range \`${text}\` ends before it starts.`;
  return [first, last];
}

const IPV4 = /^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$/;

/** An IPv4 or IPv6 address (brackets already removed). */
export function isValidIp(text: string): boolean {
  if (IPV4.test(text)) return true;
  if (!text.includes(':') || !/^[0-9A-Fa-f:.]+$/.test(text)) return false;
  const doubles = text.split('::').length - 1;
  if (doubles > 1) return false;
  const groups = text.split(':').filter((g) => g !== '');
  const tail = groups[groups.length - 1] ?? '';
  const v4Tail = tail.includes('.');
  if (v4Tail && !IPV4.test(tail)) return false;
  const hexGroups = v4Tail ? groups.slice(0, -1) : groups;
  if (hexGroups.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  const count = hexGroups.length + (v4Tail ? 2 : 0);
  return doubles === 1 ? count < 8 : count === 8;
}

const SIGNALS = new Set([
  'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL', 'PROF',
  'PWR', 'QUIT', 'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'USR1', 'USR2',
  'VTALRM', 'WINCH', 'XCPU', 'XFSZ',
]);

/** A signal the engine understands: a name with or without `SIG` (any case), `RTMIN+n`, or a number. */
export function isKnownSignal(text: string): boolean {
  if (/^[0-9]+$/.test(text)) return Number(text) > 0 && Number(text) <= 64;
  const name = text.toUpperCase().replace(/^SIG/, '');
  return SIGNALS.has(name) || /^RTM(IN|AX)([+-][0-9]+)?$/.test(name);
}
