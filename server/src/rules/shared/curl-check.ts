/**
 * Does a `curl` call fail on HTTP errors? Shared by the healthcheck rules: without `-f`/`--fail`
 * curl exits 0 on a 500 response, so a health probe built on it never fails.
 */

/** True when curl's arguments make it fail on HTTP errors or inspect the response themselves. */
export function curlFailsOrInspects(args: readonly string[]): boolean {
  for (const a of args) {
    if (a === '--fail' || a === '--fail-with-body' || a === '-w' || a === '--write-out' || a.startsWith('--write-out=')) return true;
    // A cluster of short options: `-fsS`, `-sf`, `-sw` (-w takes the rest as its value).
    if (/^-[A-Za-z]+$/.test(a) && /^-[A-Za-z]*[fw]/.test(a) && !a.startsWith('--')) {
      const letters = a.slice(1);
      const cut = letters.search(/[oHdXAeuUxrmTKbcEyYzCQ]/); // options taking a value end the cluster
      const flags = cut < 0 ? letters : letters.slice(0, cut + 1);
      if (flags.includes('f') || flags.includes('w')) return true;
    }
  }
  return false;
}

export interface CurlCall {
  /** Offset of the `curl` word in the scanned text. */
  start: number;
  end: number;
  args: string[];
  /** Its output goes into a pipe (`curl … | grep ok`): the response is inspected. */
  piped: boolean;
}

/** `curl` calls in a shell command line (a rough split on operators; quotes respected). */
export function findCurlCalls(line: string): CurlCall[] {
  const calls: CurlCall[] = [];
  const words: { text: string; start: number; end: number; op: boolean }[] = [];
  const re = /\|\||&&|[|;&()]|"(?:[^"\\]|\\.)*"|'[^']*'|[^\s|;&()"']+(?:"(?:[^"\\]|\\.)*"|'[^']*'|[^\s|;&()"']+)*/g;
  for (const m of line.matchAll(re)) {
    const t = m[0];
    words.push({ text: t.replace(/^["']|["']$/g, ''), start: m.index, end: m.index + t.length, op: /^(\|\||&&|[|;&()])$/.test(t) });
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const atCommand = i === 0 || words[i - 1].op || /^(then|do|else|exec|timeout|\d+s?)$/.test(words[i - 1].text);
    if (w.op || !atCommand || w.text.replace(/^.*\//, '') !== 'curl') continue;
    const args: string[] = [];
    let j = i + 1;
    for (; j < words.length && !words[j].op; j++) args.push(words[j].text);
    calls.push({ start: w.start, end: w.end, args, piped: words[j]?.text === '|' });
  }
  return calls;
}
