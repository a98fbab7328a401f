/**
 * Rule applicability. A Dockerfile rule module may export `appliesTo(facts)`: a cheap question about facts
 * indexed once per model. When it answers false the engine does not run the rule on that file. Most files
 * trip only a couple of rules, and running some 140 rule bodies per file is most of a lint's cost, so not
 * running the ones that cannot report is the cheapest check of all.
 *
 * An `appliesTo` must be sound: when it answers false, the rule's check provably reports nothing on that
 * file. Declare one only for what the check really starts from (the instructions it reads, the commands it
 * looks for by name, the `$` every variable reference starts with), never for words a check finds in raw
 * text (quotes and line continuations split them), in variables' values or in heredoc bodies of other
 * interpreters; when in doubt, declare none. The rule tester and test/engine/applicability.test.ts compare
 * lints with and without skipping on every rule test snippet, doc example and the bench corpus.
 */
import { commandName, commandSites } from '../model/dockerfile/queries';
import type { DockerfileModel, InstructionNode } from '../model/dockerfile/types';
import { oncePer } from '../model/once-per';
import { baseName } from '../model/shell';

export interface DockerfileFacts {
  /** Keyword (upper case) of every instruction, ONBUILD triggers included. */
  keywords: ReadonlySet<string>;
  /**
   * Names of the commands that RUN instructions (ONBUILD RUN included) run, as the rules' `commandSites`
   * see them: on the instruction line, in `sh -c` strings and in shell heredoc bodies. Each command gives its
   * name after wrappers (`commandName`: `sudo apt-get` → `apt-get`) and its first word (`sudo`), without
   * folders; a word holding a variable is kept as written (`$PM`), as `commandName` keeps it.
   */
  commands: ReadonlySet<string>;
  /** Names (lower case, without dashes) of the flags of every instruction, ONBUILD triggers included. */
  flags: ReadonlySet<string>;
  /** Some command of those RUN commands is piped into the next one (`|` or `|&`). */
  pipes: boolean;
  /** Some instruction (or ONBUILD trigger) has a heredoc. */
  heredocs: boolean;
  /** The file has a line shaped like a parser directive (`model.directiveLines`), wherever it is. */
  directives: boolean;
  /** The text has a `$`: without one, nothing in the file references a variable. */
  dollar: boolean;
  /** The text has a character outside ASCII. */
  nonAscii: boolean;
}

export const dockerfileFacts = oncePer((model: DockerfileModel): DockerfileFacts => {
  const keywords = new Set<string>();
  const flags = new Set<string>();
  let heredocs = false;
  const index = (i: InstructionNode) => {
    keywords.add(i.keyword);
    for (const flag of i.flags) flags.add(flag.name.toLowerCase());
    if (i.heredocs.length > 0) heredocs = true;
  };
  for (const node of model.instructions) {
    index(node);
    if (node.trigger) index(node.trigger);
  }
  const commands = new Set<string>();
  let pipes = false;
  for (const { command } of commandSites(model)) {
    const name = commandName(command);
    if (name !== undefined) commands.add(name);
    if (command.args.length > 0) commands.add(baseName(command.args[0].value));
    if (command.after === '|' || command.after === '|&') pipes = true;
  }
  const { text } = model;
  return {
    keywords, commands, flags, pipes, heredocs,
    directives: model.directiveLines.length > 0,
    dollar: text.includes('$'),
    nonAscii: NON_ASCII.test(text),
  };
});

const NON_ASCII = /[^\x00-\x7f]/;

/** True when the file has an instruction (or ONBUILD trigger) with one of these keywords. */
export function hasKeyword(facts: DockerfileFacts, ...keywords: string[]): boolean {
  return keywords.some((k) => facts.keywords.has(k));
}

/** True when some RUN runs one of these commands (by name, see `DockerfileFacts.commands`). */
export function runsCommand(facts: DockerfileFacts, ...names: string[]): boolean {
  return runsAnyCommand(facts, names);
}

/** Some RUN runs a command whose name starts with one of the prefixes (`pip` for `pip3.12`): `runsCommandMatching` without a regex. */
export function runsCommandStartingWith(facts: DockerfileFacts, first: string, second = first): boolean {
  for (const name of facts.commands) if (name.startsWith(first) || name.startsWith(second)) return true;
  return false;
}

/** `runsCommand` for names kept in a constant list, without an argument array (or an iterator) per call. */
export function runsAnyCommand(facts: DockerfileFacts, names: readonly string[]): boolean {
  for (let k = 0; k < names.length; k++) if (facts.commands.has(names[k])) return true;
  return false;
}

/** True when some RUN runs a command whose name matches (`/^pip/` for `pip3`, `pip3.12`…). */
export function runsCommandMatching(facts: DockerfileFacts, name: RegExp): boolean {
  for (const n of facts.commands) if (name.test(n)) return true;
  return false;
}
