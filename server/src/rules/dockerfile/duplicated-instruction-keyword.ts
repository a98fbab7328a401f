import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { flagCount } from '../../model/dockerfile/scan';
import { withTriggers } from '../shared/dockerfile-syntax';

/** Keywords whose first argument can never legitimately be the keyword itself. */
const CHECKED = new Set(['FROM', 'RUN', 'COPY', 'CMD', 'ENTRYPOINT', 'ADD', 'EXPOSE', 'VOLUME', 'HEALTHCHECK', 'SHELL', 'STOPSIGNAL']);

export const meta: DockerfileRuleMeta = {
  id: 'duplicated-instruction-keyword',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: 'The instruction keyword is written twice (`FROM FROM node:20`).',
  docs: {
    description:
      'A keyword repeated as the first argument is almost always a paste or completion accident. The builder reads the ' +
      'second word as an argument: `FROM FROM node:20` asks for an image called `FROM`, `RUN RUN make` runs a program ' +
      'called `RUN`, and `COPY COPY . .` copies a file named `COPY`. None of these builds as intended.',
    incorrect: 'FROM FROM node:20\nRUN RUN npm ci',
    correct: 'FROM node:20\nRUN npm ci',
    fix:
      'Deletes the repeated word. Safe: with the word the instruction cannot work. No fix when the repeated word is the ' +
      'only argument (`FROM FROM`): deleting it would leave the instruction empty; write the real argument instead. ' +
      'Unsafe when a flag follows (`COPY COPY --from=build a b`): the builder reads flags only before the first ' +
      'argument, so deleting the word turns `--from=build` from an argument into a flag. That is likely what was meant, ' +
      'but check the flag. Unsafe too when the stage name a FROM would then declare is another stage\'s ' +
      '(`FROM FROM node:20 AS build` after a stage `build`): the file still does not build.',
    notes: 'ENV, ARG, LABEL, USER and WORKDIR are not checked: `ENV ENV=prod` or `USER user` are legitimate.',
  },
  fix: 'safe',
  aliases: [],
};

export function check(ctx: RuleContext<DockerfileModel>): void {
  const text = ctx.model.text;
  for (const instruction of withTriggers(ctx.model)) {
    if (!CHECKED.has(instruction.keyword)) continue;
    // HEALTHCHECK and the others take no flags before a repeated keyword, so the first word is the first argument.
    const first = instruction.args[0];
    // Upper-casing never shortens a string: a longer word cannot be the keyword (and needs no copy).
    if (!first || first.value.length > instruction.keyword.length || first.value.toUpperCase() !== instruction.keyword || instruction.flags.length > 0) continue;
    let end = first.end;
    while (text[end] === ' ' || text[end] === '\t') end++;
    // When the repeated word is the only argument, deleting it leaves the instruction empty: no fix.
    const alone = instruction.args.length === 1 && instruction.heredocs.length === 0;
    // Flags are read only before the first argument: once the repeated word is gone, a `--…` word after it becomes a
    // flag (`COPY COPY --from=x a b`). Likely what was meant, but it changes how the rest is read, so it is unsafe.
    const flagsFollow = flagCount(instruction.keyword, instruction.args.slice(1)) > 0;
    const unsafe = flagsFollow || takesTakenStageName(ctx.model, instruction);
    ctx.report({
      range: ctx.range(first.start, first.end),
      message: `The keyword ${code(instruction.rawKeyword)} is repeated; the builder reads ${code(first.value)} as an argument.`,
      fix: alone ? undefined : makeFix(`Delete the repeated ${first.value}`, unsafe ? 'unsafe' : 'safe', [replaceEdit(ctx.document, first.start, end, '')]),
    });
  }
}

/**
 * True when, once the repeated word is gone, a FROM would name its stage like another stage (`FROM FROM node:20 AS
 * build` after a stage `build`): the file still does not build, for another reason.
 */
function takesTakenStageName(model: DockerfileModel, from: InstructionNode): boolean {
  const rest = from.args.slice(1);
  if (from.keyword !== 'FROM' || rest.length !== 3 || rest[1]!.value.toUpperCase() !== 'AS') return false;
  const name = rest[2]!.value.toLowerCase();
  return model.stages.some((stage) => stage.from.start !== from.start && stage.name === name);
}
