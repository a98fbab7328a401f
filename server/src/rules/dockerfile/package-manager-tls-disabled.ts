import { makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { commandName, commandSites, effectiveArgs } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { baseName, ShellWord } from '../../model/shell';
import { removeWordEdit } from '../shared/instruction-edits';

export const meta: DockerfileRuleMeta = {
  id: 'package-manager-tls-disabled',
  target: 'dockerfile',
  category: 'security',
  severity: 'warning',
  summary: 'A package tool is told to skip TLS verification (`--trusted-host`, `strict-ssl false`, `sslVerify false`).',
  docs: {
    description:
      'Turning off certificate checks for pip, npm, yarn, git or yum/dnf lets anyone on the network path replace the ' +
      'packages you install. The usual cause is a company proxy with its own CA: install that CA into the image instead.',
    incorrect: 'FROM python:3.12-slim\nRUN pip install --trusted-host pypi.org requests',
    correct: 'FROM python:3.12-slim\nRUN pip install requests',
    fix: 'Removes the option and its value. Unsafe: the install fails if the server certificate really is not trusted.',
    notes:
      'Detects `pip --trusted-host` and `pip config set global.trusted-host`, `npm`/`yarn config set strict-ssl false`, ' +
      '`yarn config set enableStrictSsl false`, `git config http.sslVerify false` and `git -c http.sslVerify=false`, ' +
      'yum/dnf `--setopt=…sslverify=0`, and `sslverify=0` written into a `.repo` file. `config set` commands and file ' +
      'writes have no fix.',
  },
  fix: 'unsafe',
  aliases: ['CKV2_DOCKER_4', 'CKV2_DOCKER_13', 'CKV2_DOCKER_15'],
};

const FALSEY = /^(false|0|no|off)$/i;
const PIP = /^pip[0-9.]*$/;

export function check(ctx: RuleContext<DockerfileModel>): void {
  const flag = (first: ShellWord, last: ShellWord, message: string) =>
    ctx.report({ range: ctx.range(first.start, last.end), message, fix: makeFix(`Remove ${first.value.split('=')[0]}`, 'unsafe', [removeWordEdit(ctx.document, first.start, last.end)]) });
  const plain = (first: ShellWord, last: ShellWord, message: string) => ctx.report({ range: ctx.range(first.start, last.end), message });

  for (const { command } of commandSites(ctx.model)) {
    let name = commandName(command);
    // Most commands are none of the tools below and write no file: skip them before copying their words.
    if (!checked(name) && command.redirects.length === 0) continue;
    let args = effectiveArgs(command).slice(1);
    if (name && /^python[0-9.]*$/.test(name)) {
      const m = args.findIndex((w, k) => w.value === '-m' && PIP.test(args[k + 1]?.value ?? ''));
      if (m < 0) continue;
      name = 'pip';
      args = args.slice(m + 2);
    }
    const values = args.map((w) => w.value);
    if (name && PIP.test(name)) {
      args.forEach((w, k) => {
        if (w.value === '--trusted-host' && args[k + 1]) flag(w, args[k + 1], `${code('pip --trusted-host ' + args[k + 1].value)} skips TLS verification for that host.`);
        else if (w.value.startsWith('--trusted-host=')) flag(w, w, `${code('pip ' + w.value)} skips TLS verification for that host.`);
      });
      if (values[0] === 'config' && values[1] === 'set' && /(^|\.)trusted-host$/.test(values[2] ?? '')) {
        plain(args[2], args[args.length - 1], '`pip config set …trusted-host` skips TLS verification for that host in every later pip call.');
      }
    }
    if ((name === 'npm' || name === 'yarn' || name === 'pnpm') && values[0] === 'config' && values[1] === 'set') {
      const [key, value] = splitKeyValue(values.slice(2));
      if ((key === 'strict-ssl' || key === 'enableStrictSsl') && value !== undefined && FALSEY.test(value)) {
        plain(args[2], args[args.length - 1], `${code(name + ' config set ' + key + ' ' + value)} turns off TLS verification for the registry.`);
      }
    }
    if (name === 'git') {
      args.forEach((w, k) => {
        if (w.value === '-c' && args[k + 1] && /^http\.(.*\.)?sslverify=(false|0|no|off)$/i.test(args[k + 1].value)) {
          flag(w, args[k + 1], `${code('git -c ' + args[k + 1].value)} turns off TLS verification for this git call.`);
        }
      });
      const cfg = values.indexOf('config');
      if (cfg >= 0) {
        const rest = values.slice(cfg + 1).filter((v) => !v.startsWith('-'));
        const [key, value] = splitKeyValue(rest);
        if (key && /^http\.(.*\.)?sslverify$/i.test(key) && value !== undefined && FALSEY.test(value)) {
          plain(args[cfg], args[args.length - 1], '`git config http.sslVerify false` turns off TLS verification for every later git call.');
        }
      }
    }
    if (name && RPM_TOOLS.includes(baseName(name))) {
      args.forEach((w, k) => {
        const inline = /^--setopt=(.*sslverify)=(.*)$/i.exec(w.value);
        if (inline && FALSEY.test(inline[2])) flag(w, w, `${code(w.value)} turns off TLS verification for the repository.`);
        if (w.value === '--setopt' && args[k + 1] && /sslverify=(false|0|no|off)$/i.test(args[k + 1].value)) {
          flag(w, args[k + 1], `${code('--setopt ' + args[k + 1].value)} turns off TLS verification for the repository.`);
        }
      });
    }
    const target = command.redirects.find((r) => r.op.startsWith('>') && r.target)?.target;
    if (target && /\.repo$/.test(target.value)) {
      const w = command.args.slice(1).find((x) => /(^|\s)sslverify\s*=\s*(0|false|no)\b/i.test(x.value));
      if (w) plain(w, w, `Writing ${code('sslverify=0')} into ${code(target.value)} turns off TLS verification for that repository.`);
    }
  }
}

const RPM_TOOLS = ['yum', 'dnf', 'microdnf', 'tdnf', 'yum-config-manager'];
/** The names checked above, but for `python…` and `pip…` (commandName gives them without a folder). */
const CHECKED_NAMES = new Set(['npm', 'yarn', 'pnpm', 'git', ...RPM_TOOLS]);

/** A command name one of the checks above looks at. */
function checked(name: string | undefined): boolean {
  if (!name) return false;
  return CHECKED_NAMES.has(name) || (name.startsWith('p') && (/^python[0-9.]*$/.test(name) || PIP.test(name)));
}

/** `key value` or `key=value`. */
function splitKeyValue(words: string[]): [string | undefined, string | undefined] {
  if (words.length === 0) return [undefined, undefined];
  const eq = /^([^=]+)=(.*)$/.exec(words[0]);
  return eq ? [eq[1], eq[2]] : [words[0], words[1]];
}
