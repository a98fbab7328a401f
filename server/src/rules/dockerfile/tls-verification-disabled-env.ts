import { makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { commandName, commandSites, effectiveArgs } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';
import type { ShellWord } from '../../model/shell';
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

/** True when `name=value` turns off TLS certificate verification. */
export function disablesTls(name: string, value: string): boolean {
  // The name first: it rules out nearly every variable.
  switch (name.toUpperCase()) {
    case 'NODE_TLS_REJECT_UNAUTHORIZED':
    case 'PYTHONHTTPSVERIFY':
      return normalized(value) === '0';
    case 'NPM_CONFIG_STRICT_SSL':
    case 'YARN_ENABLE_STRICT_SSL': {
      const v = normalized(value);
      return v === 'false' || v === '0';
    }
    case 'GIT_SSL_NO_VERIFY':
    case 'PIP_TRUSTED_HOST':
      return true;
    case 'CURL_CA_BUNDLE':
      return normalized(value) === '';
    default:
      return false;
  }
}

function normalized(value: string): string {
  return value.trim().toLowerCase();
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
      const eq = w.value.indexOf('=');
      const name = eq < 0 ? w.value : w.value.slice(0, eq);
      const value = eq < 0 ? '' : w.value.slice(eq + 1);
      if (w.expansion || !disablesTls(name, value)) continue;
      ctx.report({
        range: ctx.range(w.start, w.end),
        message: message(name, value),
        fix: command.args.length > 0 ? makeFix(`Remove ${name}`, 'unsafe', [removeWordEdit(ctx.document, w.start, w.end)]) : undefined,
      });
    }
    const name = commandName(command);
    if (name === undefined) continue;
    const args = effectiveArgs(command);
    // `export NAME=value`, or `env NAME=value` and other wrappers before the command.
    if (name === 'export') reportEnvWords(ctx, args, 1, args.length);
    else if (args !== command.args) reportEnvWords(ctx, command.args, 0, command.args.length - args.length);
  }
}

/** Reports the `NAME=value` words among words[from, to) that turn TLS checks off. */
function reportEnvWords(ctx: RuleContext<DockerfileModel>, words: readonly ShellWord[], from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const w = words[k];
    const eq = w.value.indexOf('=');
    if (w.expansion || eq < 0) continue;
    const name = w.value.slice(0, eq);
    const value = w.value.slice(eq + 1);
    if (!disablesTls(name, value)) continue;
    ctx.report({ range: ctx.range(w.start, w.end), message: message(name, value) });
  }
}
