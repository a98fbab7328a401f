import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import { insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { resolveArgs } from '../../model/dockerfile/package-managers';
import { commandName, effectiveArgs } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';
import type { ShellWord } from '../../model/shell';
import { posixSites } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'useradd-high-uid-without-l',
  target: 'dockerfile',
  category: 'shell',
  severity: 'warning',
  summary: '`useradd -u` with a very large UID and no `-l` writes huge sparse log files into the layer.',
  docs: {
    description:
      '`useradd` reserves a slot for the new user in `/var/log/lastlog` and `/var/log/faillog`, files indexed by UID. With a ' +
      'UID such as 1000000 they become sparse files of hundreds of megabytes or gigabytes, and image layers do not keep ' +
      'them sparse: the image grows by that much. `-l` (`--no-log-init`) skips those files.',
    incorrect: 'FROM debian:bookworm-slim\nRUN useradd -u 1000000 app',
    correct: 'FROM debian:bookworm-slim\nRUN useradd -l -u 1000000 app',
    fix: 'Inserts `-l` after `useradd`. Safe: the user is created the same way, only the login records are skipped.',
    notes: 'Reported for UIDs of six or more digits given with `-u`, `--uid` or `--uid=`, also through ARG/ENV values.',
  },
  fix: 'safe',
  aliases: ['DL3046'],
};

/** useradd options that take a value (the value is not a cluster of flags). */
const WITH_VALUE = new Set(['-b', '-c', '-d', '-e', '-f', '-g', '-G', '-k', '-K', '-p', '-s', '-R', '-P', '-Z', '-u']);

/** It reports only `useradd` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'useradd');
}

/** The word may be (or, through a variable, hold) `-u`, `--uid` or `--uid=…`: without one there is no UID to read. */
function mayGiveUid(word: ShellWord): boolean {
  return word.expansion || word.value === '-u' || word.value === '--uid' || word.value.startsWith('--uid=');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const site of posixSites(ctx.model)) {
    if (commandName(site.command) !== 'useradd') continue;
    const args = effectiveArgs(site.command);
    if (!args.some(mayGiveUid)) continue;
    const words = resolveArgs(args.slice(1), site.instruction.scope);
    let uid: (typeof words)[number] | undefined;
    let noLog = false;
    for (let k = 0; k < words.length; k++) {
      const v = words[k].value ?? '';
      if (v === '-u' || v === '--uid') {
        uid = words[++k];
        continue;
      }
      if (v.startsWith('--uid=')) {
        uid = { value: v.slice(6), word: words[k].word };
        continue;
      }
      if (v === '--no-log-init' || (/^-[A-Za-z]+$/.test(v) && !WITH_VALUE.has(v) && v.includes('l'))) noLog = true;
      if (WITH_VALUE.has(v)) k++;
    }
    if (!uid || noLog || uid.value === undefined || !/^\d{6,}$/.test(uid.value)) continue;
    ctx.report({
      range: ctx.range(uid.word.start, uid.word.end),
      message: `${code('useradd')} with UID ${code(uid.value)} and no \`-l\` writes huge lastlog and faillog files into the layer.`,
      fix: makeFix('Add -l to useradd', 'safe', [insertEdit(ctx.document, args[0].end, ' -l')]),
    });
  }
}
