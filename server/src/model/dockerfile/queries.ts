/** Questions rules ask of the Dockerfile model, answered in one place. */
import { baseName, lexShell, ShellCommand, ShellWord } from '../shell';
import { contiguous } from '../mapped-text';
import { expandVariables } from './variables';
import type { Heredoc, InstructionNode, Scope, Stage } from './types';

export interface CommandSite {
  command: ShellCommand;
  instruction: InstructionNode;
  /** Set when the command sits in a RUN heredoc body. */
  heredoc?: Heredoc;
}

/** The RUN instructions of the file, ONBUILD RUN triggers included. */
export function runInstructions(instructions: readonly InstructionNode[]): InstructionNode[] {
  const out: InstructionNode[] = [];
  for (const i of instructions) {
    if (i.keyword === 'RUN') out.push(i);
    else if (i.trigger?.keyword === 'RUN') out.push(i.trigger);
  }
  return out;
}

/** Every shell command of every RUN: on the instruction line, in `sh -c` strings and in shell heredoc bodies. */
export function shellCommands(instructions: readonly InstructionNode[]): CommandSite[] {
  const sites: CommandSite[] = [];
  for (const instruction of runInstructions(instructions)) {
    for (const command of instruction.shell?.commands ?? []) sites.push({ command, instruction });
    for (const heredoc of instruction.heredocs) {
      for (const command of heredoc.script?.commands ?? []) sites.push({ command, instruction, heredoc });
    }
  }
  return sites;
}

const WRAPPERS = new Set(['sudo', 'env', 'nice', 'nohup', 'time', 'exec', 'command', 'xargs', 'stdbuf', 'timeout', 'doas']);
const WRAPPER_OPTIONS_WITH_VALUE: Record<string, Set<string>> = {
  sudo: new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U']),
  xargs: new Set(['-a', '-d', '-E', '-I', '-L', '-n', '-P', '-s']),
  nice: new Set(['-n']),
  env: new Set(['-u', '-C', '-S']),
};

/**
 * The words of the real command after wrappers (`sudo -u x`, `env A=1`, `xargs -n1`, `timeout 10`…):
 * `sudo env DEBIAN_FRONTEND=noninteractive apt-get install` → `apt-get install`.
 */
export function effectiveArgs(command: ShellCommand): ShellWord[] {
  let args = command.args;
  for (let guard = 0; guard < 8 && args.length > 0; guard++) {
    const name = baseName(args[0].value);
    if (!WRAPPERS.has(name)) break;
    let k = 1;
    const withValue = WRAPPER_OPTIONS_WITH_VALUE[name] ?? new Set<string>();
    while (k < args.length) {
      const v = args[k].value;
      if (v === '--') {
        k++;
        break;
      }
      if (v.startsWith('-')) {
        k += withValue.has(v) ? 2 : 1;
        continue;
      }
      if (name === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
        k++;
        continue;
      }
      if (name === 'timeout' && /^\d/.test(v)) {
        k++;
        continue;
      }
      break;
    }
    args = args.slice(k);
  }
  return args;
}

/** The command name (`apt-get`), after wrappers, without its folder. */
export function commandName(command: ShellCommand): string | undefined {
  const args = effectiveArgs(command);
  return args.length > 0 ? baseName(args[0].value) : undefined;
}

/**
 * A word's value with ARG/ENV variables the file defines expanded, split into words as the shell would
 * split an unquoted expansion; undefined when a variable has no value the file can know.
 */
export function resolveWord(word: ShellWord, scope: Scope): string[] | undefined {
  if (!word.expansion) return [word.value];
  if (/\$\(|`/.test(word.raw)) return undefined;
  const expanded = expandVariables(word.raw, scope).value;
  if (expanded === undefined) return undefined;
  const relexed = lexShell(contiguous(expanded, 0)).commands.flatMap((c) => c.words.map((w) => w.value));
  return word.quoted ? [expanded.replace(/^["']|["']$/g, '')] : relexed;
}

/** The stage and the earlier stages it builds on (`FROM base AS app` → app, base). */
export function stageChain(stage: Stage | undefined): Stage[] {
  const chain: Stage[] = [];
  for (let s = stage; s && chain.length < 64 && !chain.includes(s); s = s.parent) chain.push(s);
  return chain;
}

/** Instructions of the stage chain that come before `instruction`, nearest first. */
export function earlierInChain(instruction: InstructionNode): InstructionNode[] {
  const out: InstructionNode[] = [];
  for (const stage of stageChain(instruction.stage)) {
    for (let k = stage.instructions.length - 1; k >= 0; k--) {
      const i = stage.instructions[k];
      if (stage === instruction.stage && i.index >= instruction.index) continue;
      out.push(i);
    }
  }
  return out;
}
