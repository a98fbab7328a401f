import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { commandName, commandSites, effectiveArgs } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { copyInstructions } from '../shared/copy-add-paths';

export const meta: DockerfileRuleMeta = {
  id: 'chmod-world-writable',
  target: 'dockerfile',
  category: 'security',
  severity: 'warning',
  summary: 'A world-writable mode (`chmod 777`, `o+w`, `--chmod=666`): any user in the container can change the files.',
  docs: {
    description:
      'World-writable files and folders let any process in the container, whatever user it runs as, replace ' +
      'programs, configuration or data. `777` is usually a shortcut around a permission error; give ownership to the ' +
      'user that needs it instead (`chown`, `COPY --chown`).',
    incorrect: 'FROM node:22-slim\nRUN mkdir /data && chmod -R 777 /data',
    correct: 'FROM node:22-slim\nRUN mkdir /data && chown -R node:node /data',
    notes:
      'Octal modes whose last digit grants write (`777`, `666`, `0777`, `772`…) and symbolic `o+w`, `a+w`, `ugo+w` in ' +
      '`chmod` and in `COPY`/`ADD --chmod`. Sticky folders (`1777`, or `+t` in the same command), such as a private ' +
      '`/tmp`, are exempt.',
  },
  fix: 'none',
  aliases: [],
};

/** True when a mode (octal or symbolic) lets others write; sticky modes are fine. */
export function worldWritable(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) {
    const digits = mode.padStart(4, '0');
    const special = Number(digits[0]);
    const other = Number(digits[3]);
    return (other & 2) !== 0 && (special & 1) === 0;
  }
  const clauses = mode.split(',');
  if (clauses.some((c) => /^[ugoa]*[+=][rwxXst]*t/.test(c))) return false;
  return clauses.some((c) => {
    const m = /^([ugoa]*)([+=])([rwxXst]*)$/.exec(c);
    return m !== null && /[oa]/.test(m[1]) && m[3].includes('w');
  });
}

/** It reads only `chmod` commands and `--chmod` flags. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'chmod') || facts.flags.has('chmod');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const { command } of commandSites(ctx.model)) {
    if (commandName(command) !== 'chmod') continue;
    const args = effectiveArgs(command).slice(1);
    const modeWord = args.find((w) => !/^-[a-zA-Z]+$/.test(w.value) && !w.value.startsWith('--'));
    if (!modeWord || modeWord.expansion) continue;
    if (args.some((w) => w !== modeWord && /^[ugoa]*\+t$/.test(w.value))) continue;
    if (!worldWritable(modeWord.value)) continue;
    ctx.report({ range: ctx.range(modeWord.start, modeWord.end), message: `${code('chmod ' + modeWord.value)} makes the files writable by every user in the container.` });
  }
  for (const copy of copyInstructions(ctx.model)) {
    const flag = copy.instruction.flags.find((f) => f.name === 'chmod');
    if (!flag?.value || !worldWritable(flag.value)) continue;
    ctx.report({ range: ctx.range(flag.valueStart, flag.valueEnd), message: `${code('--chmod=' + flag.value)} makes the copied files writable by every user in the container.` });
  }
}
