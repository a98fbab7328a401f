import type { DockerfileFacts } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { frontendSupports } from '../../knowledge/dockerfile';
import { docSpan } from '../../model/mapped-text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { pinnedFrontend, withTriggers } from '../shared/dockerfile-syntax';

/** Instructions whose variables the builder expands itself (not shell text). */
const EXPANDING = new Set(['ENV', 'ARG', 'LABEL', 'FROM', 'COPY', 'ADD', 'EXPOSE', 'USER', 'WORKDIR', 'VOLUME', 'STOPSIGNAL']);
const BASIC = [':-', ':+', ':?', '-', '+', '?'];
const PATTERN = ['##', '%%', '//', '#', '%', '/'];

export const meta: DockerfileRuleMeta = {
  id: 'variable-modifier-unsupported',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: 'A `${…}` form the Dockerfile builder does not expand.',
  docs: {
    description:
      'Outside shell commands the builder expands variables itself, and it knows only a few forms: `${name}`, ' +
      '`${name:-default}`, `${name-default}`, `${name:+alt}`, `${name+alt}`, `${name:?message}`, `${name?message}` and, ' +
      'from frontend 1.7, the pattern forms `#`, `##`, `%`, `%%`, `/`, `//`. Bash forms such as substrings ' +
      '(`${VERSION:0:3}`), lengths (`${#NAME}`) or case changes (`${NAME^^}`) make the build fail.',
    incorrect: 'FROM alpine:3.20\nARG VERSION=1.2.3\nENV MAJOR=${VERSION:0:1}',
    correct: 'FROM alpine:3.20\nARG VERSION=1.2.3\nENV MAJOR=${VERSION%%.*}',
    notes: 'Pattern forms are reported only when `# syntax=` pins a `docker/dockerfile` version older than 1.7. Shell text ' +
      '(RUN, shell-form CMD and ENTRYPOINT) is left to the shell, which understands bash forms.',
  },
  fix: 'none',
  aliases: ['DU:UNSUPPORTED_MODIFIER'],
};

/** It reads only `${…}` references. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.dollar;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const pinned = pinnedFrontend(ctx.model);
  const patternsOk = pinned ? frontendSupports(pinned.version, 'variable-pattern-operators') !== false : true;
  const escape = ctx.model.escape;
  for (const instruction of withTriggers(ctx.model)) {
    if (!EXPANDING.has(instruction.keyword)) continue;
    const source = instruction.argsText;
    const text = source.text;
    let inSingle = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === "'" && instruction.keyword !== 'FROM') inSingle = !inSingle;
      if (inSingle) continue;
      if (ch === escape) {
        i++;
        continue;
      }
      if (ch !== '$' || text[i + 1] !== '{') continue;
      const close = text.indexOf('}', i + 2);
      if (close < 0) break;
      const body = text.slice(i + 2, close);
      const problem = judge(body, patternsOk);
      if (problem) {
        const [start, end] = docSpan(source, i, close + 1);
        ctx.report({ range: ctx.range(start, end), message: `${code(text.slice(i, close + 1))}: ${problem}` });
      }
      i = close;
    }
  }
}

function judge(body: string, patternsOk: boolean): string | undefined {
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body)?.[0] ?? '';
  if (name === '') {
    if (body.startsWith('#')) return 'the builder has no length operator `${#name}`.';
    return 'not a variable name the builder can expand.';
  }
  const rest = body.slice(name.length);
  if (rest === '' || BASIC.some((op) => rest.startsWith(op))) return undefined;
  const pattern = PATTERN.find((op) => rest.startsWith(op));
  if (pattern) return patternsOk ? undefined : `the \`${pattern}\` operator needs frontend 1.7 or newer, but an older one is pinned.`;
  if (/^:\d/.test(rest)) return 'the builder has no substring operator; use `#`, `%` or a RUN step instead.';
  if (/^[\^,]/.test(rest)) return 'the builder has no case-change operator; set the value in the wanted case.';
  return `the builder does not understand the ${code(rest[0] === ':' ? rest.slice(0, 2) : rest[0])} modifier.`;
}
