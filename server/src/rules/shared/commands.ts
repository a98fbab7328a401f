/**
 * The RUN commands as rules walk them, computed once per model: some forty rules look at every command of the
 * file and ask for its name and its arguments after wrappers (`sudo`, `env A=1`…). These are cached versions of
 * the model queries with the same answers; what they return is shared, so callers treat it as read-only.
 */
import * as queries from '../../model/dockerfile/queries';
import type { CommandSite } from '../../model/dockerfile/queries';
import type { DockerfileModel, Scope } from '../../model/dockerfile/types';
import type { ShellCommand, ShellWord } from '../../model/shell';

const sitesCache = new WeakMap<DockerfileModel, CommandSite[]>();

/** `shellCommands(model.instructions)`: every command site of the file, computed once per model. */
export function commandSites(model: DockerfileModel): CommandSite[] {
  let sites = sitesCache.get(model);
  if (!sites) sitesCache.set(model, (sites = queries.shellCommands(model.instructions)));
  return sites;
}

interface CommandWords {
  args: ShellWord[];
  name: string | undefined;
}

/**
 * A plain Map, not a WeakMap: an entry is added for every command of every lint, and under that churn WeakMap
 * insertions and lookups cost several times more (measured). Bounded: cleared when it holds a few thousand
 * commands, so it keeps at most a few hundred files' commands alive.
 */
const wordsCache = new Map<ShellCommand, CommandWords>();
const MAX_ENTRIES = 4096;

function wordsOf(command: ShellCommand): CommandWords {
  let words = wordsCache.get(command);
  if (!words) {
    if (wordsCache.size >= MAX_ENTRIES) wordsCache.clear();
    const args = queries.effectiveArgs(command);
    // What `queries.commandName` answers, from the same arguments.
    words = { args, name: queries.commandName(command) };
    wordsCache.set(command, words);
  }
  return words;
}

/** `queries.effectiveArgs`, cached per command. */
export function effectiveArgs(command: ShellCommand): ShellWord[] {
  return wordsOf(command).args;
}

/** `queries.commandName`, cached per command. */
export function commandName(command: ShellCommand): string | undefined {
  return wordsOf(command).name;
}

/** Like the words above: a bounded plain Map. */
const resolvedCache = new Map<ShellWord, { scope: Scope; values: string[] | undefined }>();

/**
 * `queries.resolveWord`, cached per word and scope: expanding a word re-lexes its value, and several rules
 * resolve the same words (the arguments of `wget`, `rm`, `apt-get`…).
 */
export function resolveWord(word: ShellWord, scope: Scope): string[] | undefined {
  if (!word.expansion) return queries.resolveWord(word, scope);
  const cached = resolvedCache.get(word);
  if (cached && cached.scope === scope) return cached.values;
  const values = queries.resolveWord(word, scope);
  if (resolvedCache.size >= MAX_ENTRIES) resolvedCache.clear();
  resolvedCache.set(word, { scope, values });
  return values;
}
