import { makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { commandName, commandSites, effectiveArgs } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';
import type { ShellWord } from '../../model/shell';
import { removeWordEdit } from '../shared/instruction-edits';

export const meta: DockerfileRuleMeta = {
  id: 'package-signature-check-disabled',
  target: 'dockerfile',
  category: 'security',
  severity: 'warning',
  summary: 'Package signature checks are switched off (`--allow-untrusted`, `--nogpgcheck`, `[trusted=yes]`…).',
  docs: {
    description:
      'Package managers verify signatures so that a mirror, proxy or attacker cannot hand you modified packages. ' +
      'Switching the check off installs whatever arrives. Import the repository\'s signing key instead.',
    incorrect: 'FROM fedora:41\nRUN dnf install -y --nogpgcheck htop',
    correct: 'FROM fedora:41\nRUN dnf install -y htop',
    fix: 'Removes the option. Unsafe: the install fails until the signing key is imported.',
    notes:
      'Detects `apk add --allow-untrusted` (exempt when every package is a local `.apk` file), apt/apt-get ' +
      '`--allow-unauthenticated`, `--allow-insecure-repositories`, `--force-yes`, `[trusted=yes]` written into an apt ' +
      'source, yum/dnf/tdnf/microdnf `--nogpgcheck`, `gpgcheck=0` written into a `.repo` file, and rpm `--nosignature`, ' +
      '`--nodigest`, `--noverify`, `--nofiledigest`. File writes have no fix.',
  },
  fix: 'unsafe',
  aliases: ['CKV2_DOCKER_7', 'CKV2_DOCKER_8', 'CKV2_DOCKER_9', 'CKV2_DOCKER_10', 'CKV2_DOCKER_11'],
};

// A Map, not an object literal: a command named `constructor` or `toString` must find nothing.
const FLAGS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['apt', new Set(['--allow-unauthenticated', '--allow-insecure-repositories', '--force-yes'])],
  ['apt-get', new Set(['--allow-unauthenticated', '--allow-insecure-repositories', '--force-yes'])],
  ['yum', new Set(['--nogpgcheck'])],
  ['dnf', new Set(['--nogpgcheck'])],
  ['tdnf', new Set(['--nogpgcheck'])],
  ['microdnf', new Set(['--nogpgcheck'])],
  ['rpm', new Set(['--nosignature', '--nodigest', '--noverify', '--nofiledigest'])],
  ['apk', new Set(['--allow-untrusted'])],
]);

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const { command } of commandSites(ctx.model)) {
    const name = commandName(command);
    const flags = name ? FLAGS.get(name) : undefined;
    if (flags) {
      const args = effectiveArgs(command).slice(1);
      for (const w of args) {
        if (!flags.has(w.value)) continue;
        if (name === 'apk' && allLocalApks(args)) continue;
        ctx.report({
          range: ctx.range(w.start, w.end),
          message: `${code(name + ' ' + w.value)} installs packages without checking their signatures.`,
          fix: makeFix(`Remove ${w.value}`, 'unsafe', [removeWordEdit(ctx.document, w.start, w.end)]),
        });
      }
      if (name === 'apt-get' || name === 'apt') {
        args.forEach((w, k) => {
          const opt = w.value === '-o' ? args[k + 1] : /^-o.+/.test(w.value) ? w : undefined;
          if (opt && /APT::Get::AllowUnauthenticated=(true|1|yes)/i.test(opt.value)) {
            ctx.report({ range: ctx.range(opt.start, opt.end), message: `${code(opt.value.replace(/^-o/, ''))} installs packages without checking their signatures.` });
          }
        });
      }
    }
    if (command.redirects.length === 0) continue; // the checks below read what a command writes to a file
    const target = command.redirects.find((r) => r.op.startsWith('>') && r.target)?.target;
    const texts = command.args.slice(1);
    if (target && /(sources\.list(\.d\/.*)?|\.list|\.sources)$/.test(target.value)) {
      const w = texts.find((x) => /\[[^\]]*trusted=yes[^\]]*\]/.test(x.value));
      if (w) ctx.report({ range: ctx.range(w.start, w.end), message: `${code('[trusted=yes]')} in ${code(target.value)} makes apt skip signature checks for that source.` });
    }
    if (target && /\.repo$/.test(target.value)) {
      const w = texts.find((x) => /(^|\s)gpgcheck\s*=\s*(0|false|no)\b/i.test(x.value));
      if (w) ctx.report({ range: ctx.range(w.start, w.end), message: `${code('gpgcheck=0')} in ${code(target.value)} makes yum/dnf skip signature checks for that repository.` });
    }
  }
}

/** `apk add --allow-untrusted ./pkg.apk`: installing local files you built is the legitimate use. */
function allLocalApks(args: ShellWord[]): boolean {
  const packages = args.filter((w) => !w.value.startsWith('-') && w.value !== 'add');
  return packages.length > 0 && packages.every((w) => w.value.endsWith('.apk'));
}
