import { makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { commandName, commandSites, effectiveArgs } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { assignments } from '../shared/arg-env';
import { deleteInstructionEdit, removeWordEdit } from '../shared/instruction-edits';

export const meta: DockerfileRuleMeta = {
  id: 'tls-verification-disabled-env',
  target: 'dockerfile',
  category: 'security',
  severity: 'warning',
  summary: 'An environment variable that switches off TLS verification (`NODE_TLS_REJECT_UNAUTHORIZED=0`, …).',
  docs: {
    description:
      'These variables make Node.js, Python, npm, yarn, git, pip or curl accept any certificate. Set in the image, they ' +
      'also weaken every connection the application makes at run time, not just the build. Install the CA you need ' +
      'into the image instead.',
    incorrect: 'FROM node:22-slim\nENV NODE_TLS_REJECT_UNAUTHORIZED=0',
    correct: 'FROM node:22-slim\nCOPY corp-ca.crt /usr/local/share/ca-certificates/\nRUN update-ca-certificates',
    fix:
      'Removes the assignment (the whole ENV/ARG line when it sets nothing else). Unsafe: connections through a ' +
      'proxy with an untrusted certificate will fail.',
    notes:
      'Reported in ENV, ARG (with a value), `export` and inline `VAR=… command`: `NODE_TLS_REJECT_UNAUTHORIZED=0`, ' +
      '`PYTHONHTTPSVERIFY=0`, `NPM_CONFIG_STRICT_SSL=false`, `YARN_ENABLE_STRICT_SSL=false`, `GIT_SSL_NO_VERIFY` and ' +
      '`PIP_TRUSTED_HOST` with any value, `CURL_CA_BUNDLE=""`. `export` has no fix.',
  },
  fix: 'unsafe',
  aliases: ['CKV2_DOCKER_5', 'CKV2_DOCKER_6', 'CKV2_DOCKER_12', 'CKV2_DOCKER_14', 'CKV2_DOCKER_16'],
};

/** Why `name=value` disables TLS checks, or undefined. */
export function disablesTls(name: string, value: string): boolean {
  const upper = name.toUpperCase();
  const v = value.trim().toLowerCase();
  if (upper === 'NODE_TLS_REJECT_UNAUTHORIZED' || upper === 'PYTHONHTTPSVERIFY') return v === '0';
  if (upper === 'NPM_CONFIG_STRICT_SSL' || upper === 'YARN_ENABLE_STRICT_SSL') return v === 'false' || v === '0';
  if (upper === 'GIT_SSL_NO_VERIFY' || upper === 'PIP_TRUSTED_HOST') return true;
  if (upper === 'CURL_CA_BUNDLE') return v === '';
  return false;
}

const message = (name: string, value: string) => `${code(`${name}=${value}`)} turns off TLS certificate verification.`;

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const a of assignments(ctx.model)) {
    if (a.value === undefined || a.value.includes('$') || !disablesTls(a.name, a.value)) continue;
    const end = Math.max(a.valueEnd, a.nameEnd);
    const edit = a.siblings === 1 && a.instruction.trigger === undefined ? deleteInstructionEdit(ctx.document, a.instruction) : removeWordEdit(ctx.document, a.nameStart, end);
    ctx.report({ range: ctx.range(a.nameStart, end), message: message(a.name, a.value), fix: makeFix(`Remove ${a.name}`, 'unsafe', [edit]) });
  }
  for (const { command } of commandSites(ctx.model)) {
    for (const w of command.assignments) {
      const [name, ...rest] = w.value.split('=');
      if (w.expansion || !disablesTls(name, rest.join('='))) continue;
      ctx.report({
        range: ctx.range(w.start, w.end),
        message: message(name, rest.join('=')),
        fix: command.args.length > 0 ? makeFix(`Remove ${name}`, 'unsafe', [removeWordEdit(ctx.document, w.start, w.end)]) : undefined,
      });
    }
    const name = commandName(command);
    const args = effectiveArgs(command);
    const envWords = name === 'export' ? args.slice(1) : name !== undefined && args !== command.args ? command.args.slice(0, command.args.length - args.length).filter((x) => x.value.includes('=')) : [];
    for (const w of envWords) {
      const [n, ...rest] = w.value.split('=');
      if (w.expansion || rest.length === 0 || !disablesTls(n, rest.join('='))) continue;
      ctx.report({ range: ctx.range(w.start, w.end), message: message(n, rest.join('=')) });
    }
  }
}
