import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { before, code } from '../../engine/text';
import { runInstructions } from '../../model/dockerfile/queries';
import { commandName, effectiveArgs } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';
import type { ShellCommand } from '../../model/shell';

export const meta: DockerfileRuleMeta = {
  id: 'password-set-in-run',
  target: 'dockerfile',
  category: 'security',
  severity: 'warning',
  summary: 'A user password is set at build time (`chpasswd`, `passwd --stdin`, `useradd -p`).',
  docs: {
    description:
      'A password set in a RUN is baked into the layer (`/etc/shadow`) and usually visible in the image history too. ' +
      'Everyone who pulls the image gets the same password. Containers rarely need passwords at all; use `sudo` rules, ' +
      'key-based access, or set credentials at run time.',
    incorrect: 'FROM ubuntu:24.04\nRUN useradd -m app && echo "app:changeme" | chpasswd',
    correct: 'FROM ubuntu:24.04\nRUN useradd -m app',
    notes:
      'Detects `chpasswd` and `passwd` reading from a pipe or `--stdin`, and `useradd`/`usermod -p` (`--password`) with a ' +
      'literal hash or `openssl passwd` output. A `-p` value that is only a variable is left to the ARG/ENV secret rules.',
  },
  fix: 'none',
  aliases: ['CKV2_DOCKER_17'],
};

/** It reports only these commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'chpasswd', 'passwd', 'useradd', 'usermod', 'adduser');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const i of runInstructions(ctx.model.instructions)) {
    if (i.shell) checkCommands(ctx, i.shell.commands);
    for (const h of i.heredocs) if (h.script) checkCommands(ctx, h.script.commands);
  }
}

function checkCommands(ctx: RuleContext<DockerfileModel>, commands: readonly ShellCommand[]): void {
  for (let k = 0; k < commands.length; k++) {
    if (PASSWORD_COMMANDS.has(commandName(commands[k]) ?? '')) check1(ctx, commands[k], commands[k - 1]);
  }
}

/** The commands check1 reports. */
const PASSWORD_COMMANDS = new Set(['chpasswd', 'passwd', 'useradd', 'usermod', 'adduser']);

function check1(ctx: RuleContext<DockerfileModel>, command: ShellCommand, previous: ShellCommand | undefined): void {
  const name = commandName(command);
  const args = effectiveArgs(command);
  if (!name || args.length === 0) return;
  const head = args[0];
  const piped = command.before === '|' && previous !== undefined;
  const fromStdin = command.redirects.some((r) => r.op === '<' || r.op === '<<<' || r.op === '<<' || r.op === '<<-');
  if (name === 'chpasswd') {
    ctx.report({ range: ctx.range(head.start, head.end), message: '`chpasswd` sets a password at build time; it stays in the image for everyone who pulls it.' });
    return;
  }
  if (name === 'passwd' && (piped || fromStdin || args.some((w) => w.value === '--stdin'))) {
    ctx.report({ range: ctx.range(head.start, head.end), message: '`passwd` fed from input sets a password at build time; it stays in the image.' });
    return;
  }
  if (name === 'useradd' || name === 'usermod' || name === 'adduser') {
    args.forEach((w, k) => {
      const value = w.value === '-p' || w.value === '--password' ? args[k + 1] : undefined;
      const inline = /^--password=(.+)$/.exec(w.value);
      const target = value ?? (inline ? w : undefined);
      if (!target) return;
      const onlyVariable = /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(target.value.replace(/^--password=/, ''));
      if (onlyVariable && !/openssl\s+passwd/.test(target.raw)) return;
      ctx.report({ range: ctx.range(target.start, target.end), message: `${code(name + ' ' + before(w.value, '='))} sets a password hash at build time; it stays in the image.` });
    });
  }
}
