import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import { insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { commandName, commandSites, EarlierInChain, effectiveArgs, resolveWord } from '../../model/dockerfile/queries';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import type { ShellWord } from '../../model/shell';
import { oncePer } from '../../model/once-per';

export const meta: DockerfileRuleMeta = {
  id: 'apt-get-missing-yes',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'warning',
  summary: '`apt-get install` without `-y` waits for an answer the build cannot give.',
  docs: {
    description:
      '`apt-get install`, `remove`, `purge`, `upgrade` and `dist-upgrade` ask "Do you want to continue? [Y/n]" whenever they ' +
      'would install more than the named packages. A build has no terminal to answer, so the command aborts and the build ' +
      'fails, often only later when a dependency changes. `DEBIAN_FRONTEND=noninteractive` does not answer this prompt; ' +
      '`-y` does.',
    incorrect: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install curl',
    correct: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl',
    fix: 'Inserts `-y` after the subcommand. Safe: it can only turn an aborted build into a successful one.',
    notes:
      'Also satisfied by `--yes`, `--assume-yes`, `-qq`, `-q=2`, two `-q`, `-o APT::Get::Assume-Yes=true`, or an earlier ' +
      '`APT::Get::Assume-Yes` apt.conf line in the stage chain. Variables are expanded from ARG and ENV first; a variable ' +
      'with no known value keeps the rule silent.',
  },
  fix: 'safe',
  aliases: ['DL3014', 'DS-0021', 'KICS:77783205'],
};

const SUBCOMMANDS = new Set(['install', 'remove', 'purge', 'upgrade', 'dist-upgrade']);
/** apt-get options that take the next word as their value. */
const OPTIONS_WITH_VALUE = new Set(['-o', '--option', '-c', '--config-file', '-t', '--target-release', '-a', '--host-architecture']);

/** It reports only `apt-get` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'apt-get');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const { command, instruction } of commandSites(ctx.model)) {
    if (commandName(command) !== 'apt-get') continue;
    const args = effectiveArgs(command);
    // Most commands have their `-y` as written: then no word needs resolving.
    if (args.some(assumesYesAsWritten)) continue;
    const words = expand(args.slice(1), instruction);
    if (words === undefined) continue;
    const sub = subcommand(words);
    if (!sub || !SUBCOMMANDS.has(sub.value)) continue;
    if (assumesYes(words.map((w) => w.value)) || aptConfAssumesYes(ctx.model, instruction)) continue;
    ctx.report({
      range: ctx.range(sub.word.start, sub.word.end),
      message: `${code('apt-get ' + sub.value)} has no \`-y\`, so it aborts at the confirmation prompt.`,
      fix: sub.word.expansion ? undefined : makeFix(`Add -y to apt-get ${sub.value}`, 'safe', [insertEdit(ctx.document, sub.word.end, ' -y')]),
    });
  }
}

interface Resolved {
  value: string;
  word: ShellWord;
}

/** Words with ARG/ENV expanded (one shell word may expand to several); undefined when a value is unknown. */
function expand(words: ShellWord[], instruction: InstructionNode): Resolved[] | undefined {
  const out: Resolved[] = [];
  for (const word of words) {
    const values = resolveWord(word, instruction.scope);
    if (values === undefined) return undefined;
    for (const value of values) out.push({ value, word });
  }
  return out;
}

function subcommand(words: Resolved[]): Resolved | undefined {
  for (let k = 0; k < words.length; k++) {
    const v = words[k].value;
    if (OPTIONS_WITH_VALUE.has(v)) {
      k++;
      continue;
    }
    if (v.startsWith('-')) continue;
    return words[k];
  }
  return undefined;
}

/** The word alone makes apt-get assume yes (so the whole command line does too). */
function assumesYesAsWritten(word: ShellWord): boolean {
  return !word.expansion && assumesYes([word.value]);
}

export function assumesYes(values: string[]): boolean {
  let quiet = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (v === '-y' || v === '--yes' || v === '--assume-yes' || v === '-qq' || v === '-q=2' || v === '--quiet=2') return true;
    if (v === '--force-yes') return true;
    if (/^-[a-zA-Z]+$/.test(v)) {
      if (v.includes('y')) return true;
      quiet += (v.match(/q/g) ?? []).length;
    }
    if (v === '--quiet') quiet++;
    if ((v === '-o' || v === '--option') && /^APT::Get::Assume-Yes=(true|yes|1)$/i.test(values[k + 1] ?? '')) return true;
    if (/^(-o|--option=)APT::Get::Assume-Yes=(true|yes|1)$/i.test(v)) return true;
  }
  return quiet >= 2;
}

const ASSUME_YES_CONF = /APT::Get::Assume-Yes\s*"?(true|yes|1)"?/i;

/**
 * The instructions after which apt's configuration holds `APT::Get::Assume-Yes "true";`: after a RUN or COPY that
 * writes it. Undefined when the file never mentions the setting (most files).
 */
const assumeYesConfigured = oncePer((model: DockerfileModel): EarlierInChain | undefined => {
  if (!ASSUME_YES_CONF.test(model.text)) return undefined;
  const text = model.text;
  return new EarlierInChain((i) => (i.keyword === 'RUN' || i.keyword === 'COPY') && ASSUME_YES_CONF.test(text.slice(i.start, i.end)));
});

/** An earlier RUN in the stage chain wrote `APT::Get::Assume-Yes "true";` into apt's configuration. */
function aptConfAssumesYes(model: DockerfileModel, instruction: InstructionNode): boolean {
  return assumeYesConfigured(model)?.has(instruction) ?? false;
}
