import type { DockerfileFacts } from '../../engine/applicability';
import { eolOf, insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { parseImageReference } from '../../knowledge/dockerfile';
import { CommandSite, stageChain } from '../../model/dockerfile/queries';
import { commandName, effectiveArgs } from '../../model/dockerfile/queries';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { commandEnd, commandStart, ownerOf, posixSites, scripts, shellArray, shellProgram, stageOf } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'pipefail-missing',
  target: 'dockerfile',
  category: 'shell',
  severity: 'warning',
  summary: 'A pipe in RUN without `pipefail` hides a failure on its left side.',
  docs: {
    description:
      'A pipeline\'s exit status is the status of its last command. In `curl -fsSL https://example.com/install.sh | sh`, a ' +
      'failed download still lets the build continue, with `sh` running an empty or half script. `set -o pipefail` (bash, ' +
      'zsh, busybox ash) makes the pipeline fail when any part fails.',
    incorrect: 'FROM debian:bookworm-slim\nRUN curl -fsSL https://example.com/app.tar.gz | tar -xz -C /opt',
    correct:
      'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n' +
      'RUN curl -fsSL https://example.com/app.tar.gz | tar -xz -C /opt',
    fix:
      'When the shell is known to support it (a bash, zsh or ash SHELL, or an Alpine or BusyBox base), prefixes the script ' +
      'with `set -o pipefail &&` (a first line in a heredoc). Otherwise inserts `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` ' +
      'before the RUN. Both unsafe: a failure that was hidden now fails the build, and the SHELL needs bash in the image.',
    notes:
      'Satisfied by a SHELL whose program is bash, zsh or ash with `-o pipefail` in the stage chain, or a `set -o pipefail` ' +
      '(`set -euo pipefail` and the like) earlier in the script. `SHELL ["/bin/sh", "-o", "pipefail", "-c"]` does not count: ' +
      'Debian\'s dash rejects the option. Exempt: pipelines ending in `|| true`, and pipelines whose left sides are only ' +
      '`echo`, `printf` or `yes`. Non-POSIX shells are not checked.',
  },
  fix: 'unsafe',
  aliases: ['DL4006', 'KICS:efbf148a'],
};

const HARMLESS_LEFT = new Set(['echo', 'printf', 'yes']);
const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash']);

/** It reports only pipes. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.pipes;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const script of scripts(posixSites(ctx.model))) {
    // Only a pipe is reported: most scripts have none, and need no shell lookup.
    if (!script.some(isPiped)) continue;
    const instruction = script[0].instruction;
    const shell = shellArray(ctx.model, instruction);
    const program = shellProgram(shell);
    if (PIPEFAIL_SHELLS.has(program) && setsPipefail(shell.slice(1))) continue;
    let pipefail = false;
    // The last command that starts a command list (nothing before it), where a fix would prefix the RUN.
    let listStart = -1;
    for (let k = 0; k < script.length; k++) {
      const command = script[k].command;
      if (command.before === '') listStart = k;
      if (commandName(command) === 'set' && setsPipefail(effectiveArgs(command).slice(1).map((w) => w.value))) pipefail = true;
      if (pipefail || (command.after !== '|' && command.after !== '|&') || (k > 0 && isPiped(script[k - 1]))) continue;
      let end = k;
      while (end < script.length - 1 && isPiped(script[end])) end++;
      const pipeline = script.slice(k, end + 1);
      if (exempt(pipeline, script[end + 1])) continue;
      const left = pipeline[0].command;
      const right = pipeline[1]?.command;
      if (!right) continue;
      const bar = ctx.model.text.indexOf('|', commandEnd(left));
      if (bar < 0 || bar >= commandStart(right)) continue;
      ctx.report({
        range: ctx.range(bar, bar + 1),
        message: 'This pipe hides a failure of the commands before it; set `-o pipefail` first.',
        fix: fixFor(ctx, script, k, listStart, program),
      });
    }
  }
}

function isPiped(site: CommandSite): boolean {
  return site.command.after === '|' || site.command.after === '|&';
}

/** `-o pipefail`, `-euo pipefail`, `-eo pipefail` … in a list of shell options. */
function setsPipefail(options: readonly string[]): boolean {
  return options.some((o, k) => k > 0 && o === 'pipefail' && /^-[A-Za-z]*o$/.test(options[k - 1]));
}

function exempt(pipeline: CommandSite[], next: CommandSite | undefined): boolean {
  const last = pipeline[pipeline.length - 1].command;
  if (last.after === '||' && next && /^(true|:)$/.test(next.command.args[0]?.value ?? '')) return true;
  return pipeline.slice(0, -1).every((s) => HARMLESS_LEFT.has(commandName(s.command) ?? ''));
}

/** `listStart`: the last command at or before `at` with nothing before it (-1: none), kept by the caller's walk. */
function fixFor(ctx: RuleContext<DockerfileModel>, script: CommandSite[], at: number, listStart: number, program: string): Fix | undefined {
  const site = script[at];
  const instruction = site.instruction;
  if (ownerOf(ctx.model, instruction) !== instruction) return undefined;
  // Before the first FROM no SHELL applies (and the builder rejects the RUN), so an added SHELL changes nothing.
  if (!instruction.stage) return undefined;
  const ashImage = program === 'sh' && isAshImage(ctx.model, instruction);
  if (PIPEFAIL_SHELLS.has(program) || ashImage) {
    if (site.heredoc) {
      const h = site.heredoc;
      if (h.contentStart < 0) return undefined;
      const body = ctx.model.text.slice(h.contentStart, h.contentEnd);
      const offset = body.startsWith('#!') ? h.contentStart + body.indexOf('\n') + 1 : h.contentStart;
      if (offset <= h.contentStart && body.startsWith('#!')) return undefined;
      return makeFix('Set pipefail at the start of the script', 'unsafe', [insertEdit(ctx.document, offset, 'set -o pipefail\n')]);
    }
    if (listStart < 0) return undefined;
    return makeFix('Prefix the RUN with set -o pipefail', 'unsafe', [insertEdit(ctx.document, commandStart(script[listStart].command), 'set -o pipefail && ')]);
  }
  if (isAshImage(ctx.model, instruction)) return undefined;
  const text = ctx.model.text;
  const lineStart = text.lastIndexOf('\n', instruction.start - 1) + 1;
  const indent = text.slice(lineStart, instruction.start);
  const eol = eolOf(text);
  return makeFix('Use bash with pipefail as the SHELL', 'unsafe', [
    insertEdit(ctx.document, instruction.start, `SHELL ["/bin/bash", "-o", "pipefail", "-c"]${eol}${indent}`),
  ]);
}

/** The stage chain starts from an Alpine or BusyBox image, whose `/bin/sh` is busybox ash. */
function isAshImage(model: DockerfileModel, instruction: InstructionNode): boolean {
  const chain = stageChain(stageOf(model, instruction));
  const image = chain[chain.length - 1]?.image.resolved;
  if (!image) return false;
  const ref = parseImageReference(image);
  return /^(alpine|busybox)$/.test(ref.repository) || /alpine/.test(ref.tag ?? '');
}
