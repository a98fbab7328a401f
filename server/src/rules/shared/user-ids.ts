/**
 * The numeric ids of users a Dockerfile creates with an explicit UID (`useradd -u 1001 app`, busybox's
 * `adduser -u 1001 -D app`, Debian's `adduser --uid 1001 app`), so a rule can name the number for a `USER app`.
 */
import { resolveArgs } from '../../model/dockerfile/package-managers';
import { commandName, effectiveArgs, stageChain } from '../../model/dockerfile/queries';
import type { DockerfileModel, Stage } from '../../model/dockerfile/types';
import { posixSites, stageOf } from './run-context';

/** Options of useradd and both adduser flavours that take a value (the next word, or `--name=value`). */
const WITH_VALUE = new Set([
  '-u', '--uid', '-g', '--gid', '-G', '--groups', '-d', '--home-dir', '-s', '--shell', '-c', '--comment', '-e', '--expiredate',
  '-f', '--inactive', '-k', '--skel', '-K', '--key', '-p', '--password', '-R', '--root', '-P', '--prefix', '-Z', '--selinux-user',
  '-b', '--base-dir', '-h', '--home', '--gecos', '--ingroup', '--firstuid', '--lastuid', '--conf',
]);

/** Users created in `stage` or a stage it is built on, by name, with the UID given to them. */
export function createdUserIds(model: DockerfileModel, stage: Stage): Map<string, string> {
  const chain = new Set(stageChain(stage));
  const ids = new Map<string, string>();
  for (const site of posixSites(model)) {
    const name = commandName(site.command);
    if (name !== 'useradd' && name !== 'adduser') continue;
    const owner = stageOf(model, site.instruction);
    if (!owner || !chain.has(owner)) continue;
    const created = parseUserAdd(resolveArgs(effectiveArgs(site.command).slice(1), site.instruction.scope).map((w) => w.value));
    if (created) ids.set(created.name, created.uid);
  }
  return ids;
}

/** The user and UID of one command's words; undefined without a literal UID or with anything it cannot read. */
function parseUserAdd(words: readonly (string | undefined)[]): { name: string; uid: string } | undefined {
  let uid: string | undefined;
  const operands: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    if (word === undefined) return undefined;
    const eq = word.startsWith('--') ? word.indexOf('=') : -1;
    const option = eq > 0 ? word.slice(0, eq) : word;
    if (!option.startsWith('-')) {
      operands.push(word);
      continue;
    }
    if (!WITH_VALUE.has(option)) {
      // A flag; grouped short options that end in one taking a value (`-Du 1001`) are not read.
      if (/^-[A-Za-z]{2,}$/.test(word) && [...word.slice(1)].some((c) => WITH_VALUE.has('-' + c))) return undefined;
      continue;
    }
    const value = eq > 0 ? word.slice(eq + 1) : words[++k];
    if (value === undefined) return undefined;
    if (option === '-u' || option === '--uid') uid = value;
  }
  // Debian's `adduser user group` adds a user to a group: only one operand names a new user.
  if (uid === undefined || !/^\d+$/.test(uid) || operands.length !== 1) return undefined;
  return { name: operands[0]!, uid };
}
