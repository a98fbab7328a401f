/** Questions rules ask of the Dockerfile model, answered in one place. */
import { baseName, lexShell, ShellCommand, ShellWord } from '../shell';
import { contiguous } from '../mapped-text';
import { expandVariables } from './variables';
import type { DockerfileModel, Heredoc, InstructionNode, Scope, Stage } from './types';
import { AnswerCache, oncePer } from '../once-per';
import { partitionPoint } from '../sorted';

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

/**
 * `shellCommands(model.instructions)`, computed once per model: some forty rules walk every command of the
 * file. Shared: callers treat the list as read-only.
 */
export const commandSites = oncePer((model: DockerfileModel): CommandSite[] => shellCommands(model.instructions));

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
 * `sudo env DEBIAN_FRONTEND=noninteractive apt-get install` → `apt-get install`. Worked out once per command
 * (many rules ask) and shared: callers treat the list as read-only.
 */
export function effectiveArgs(command: ShellCommand): ShellWord[] {
  return unwrap(command).args;
}

/** The command name (`apt-get`), after wrappers, without its folder. */
export function commandName(command: ShellCommand): string | undefined {
  return unwrap(command).name;
}

function unwrap(command: ShellCommand): { args: ShellWord[]; name: string | undefined } {
  if (!command.unwrapped) {
    const args = withoutWrappers(command);
    command.unwrapped = { args, name: args.length > 0 ? baseName(args[0].value) : undefined };
  }
  return command.unwrapped;
}

function withoutWrappers(command: ShellCommand): ShellWord[] {
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

/**
 * A word's value with ARG/ENV variables the file defines expanded, split into words as the shell would
 * split an unquoted expansion; undefined when a variable has no value the file can know.
 */
export function resolveWord(word: ShellWord, scope: Scope): string[] | undefined {
  if (!word.expansion) return [word.value];
  // Expanding re-lexes the value, and several rules resolve the same words in the same scope.
  if (word.resolution?.scope !== scope) word.resolution = { scope, values: expandWord(word, scope) };
  return word.resolution.values;
}

function expandWord(word: ShellWord, scope: Scope): string[] | undefined {
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

/** The stage at the root of a chain: the one built on an external image (or the 64th, for a longer chain). */
export function chainRoot(stage: Stage): Stage {
  const chain = stageChain(stage);
  return chain[chain.length - 1]!;
}

/**
 * The first stage named `name` (lower case) in a model's stage list. Rules ask for every stage and every
 * `--from`: a Map made once per list keeps that linear (a scan per question made many-stage files quadratic).
 */
export function firstStageNamed(stages: readonly Stage[], name: string): Stage | undefined {
  return stagesByName(stages).get(name);
}

/** True when a stage before stage index `before` is named `name` (lower case). */
export function namesEarlierStage(stages: readonly Stage[], name: string, before: number): boolean {
  const first = firstStageNamed(stages, name);
  return first !== undefined && first.index < before;
}

const stagesByName = oncePer((stages: readonly Stage[]): Map<string, Stage> => {
  const byName = new Map<string, Stage>();
  for (const s of stages) if (s.name !== undefined && !byName.has(s.name)) byName.set(s.name, s);
  return byName;
});

/** How many instructions of a stage (in file order) come before `instruction`: a binary search. */
function countBefore(list: readonly InstructionNode[], instruction: InstructionNode): number {
  return partitionPoint(list, (i) => i.index < instruction.index);
}

/** Instructions of the stage chain that come before `instruction`, nearest first, without building a list. */
export function* eachEarlier(instruction: InstructionNode): Generator<InstructionNode> {
  for (const stage of stageChain(instruction.stage)) {
    const list = stage.instructions;
    const k = stage === instruction.stage ? countBefore(list, instruction) : list.length;
    for (let j = k - 1; j >= 0; j--) yield list[j];
  }
}

/** The nearest earlier instruction of the stage chain that satisfies `accept`. */
export function findEarlier(instruction: InstructionNode, accept: (i: InstructionNode) => boolean): InstructionNode | undefined {
  for (const i of eachEarlier(instruction)) if (accept(i)) return i;
  return undefined;
}

const lastTables = new AnswerCache<Stage, Map<string, (InstructionNode | undefined)[]>>();

/**
 * For one stage and keyword: entry k is the nearest instruction with that keyword before position k of the
 * stage (the parent chain's last one when the stage has none yet). Built once, so lookups are O(1).
 */
function lastTable(stage: Stage, keyword: string, depth = 0): (InstructionNode | undefined)[] {
  let byKeyword = lastTables.get(stage);
  if (!byKeyword) lastTables.set(stage, (byKeyword = new Map()));
  let table = byKeyword.get(keyword);
  if (!table) {
    const parentTable = stage.parent && depth < 64 ? lastTable(stage.parent, keyword, depth + 1) : undefined;
    let last = parentTable ? parentTable[parentTable.length - 1] : undefined;
    table = [];
    for (const i of stage.instructions) {
      table.push(last);
      if (i.keyword === keyword) last = i;
    }
    table.push(last);
    byKeyword.set(keyword, table);
  }
  return table;
}

/** The nearest earlier instruction with this keyword in the stage chain (`SHELL`, `USER`, `WORKDIR`…). */
export function lastBefore(instruction: InstructionNode, keyword: string): InstructionNode | undefined {
  const stage = instruction.stage;
  if (!stage) return undefined;
  return lastTable(stage, keyword)[countBefore(stage.instructions, instruction)];
}

/** The exec-form `SHELL` instruction in effect at `instruction`. */
export function shellInEffect(instruction: InstructionNode): InstructionNode | undefined {
  const shell = lastBefore(instruction, 'SHELL');
  return shell?.execForm ? shell : undefined;
}

/**
 * Answers "does an instruction before this one in its stage chain pass `test`?" (any instruction of the stages it
 * builds on, or an earlier one of its own stage) for many instructions at once: the first passing instruction of each
 * stage is found once, where a list of the earlier instructions per question made a file of many installs quadratic.
 */
export class EarlierInChain {
  private readonly firstIndex = new Map<Stage, number>();

  constructor(private readonly test: (instruction: InstructionNode) => boolean) {}

  has(instruction: InstructionNode): boolean {
    for (const stage of stageChain(instruction.stage)) {
      const first = this.firstPassing(stage);
      // Every instruction of the stages built on counts; of its own stage, those before it.
      if (stage === instruction.stage ? first < instruction.index : first !== Infinity) return true;
    }
    return false;
  }

  private firstPassing(stage: Stage): number {
    let first = this.firstIndex.get(stage);
    if (first === undefined) {
      first = Infinity;
      for (const i of stage.instructions) if (i.index < first && this.test(i)) first = i.index;
      this.firstIndex.set(stage, first);
    }
    return first;
  }
}
