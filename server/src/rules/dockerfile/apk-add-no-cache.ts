import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import { insertEdit, makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { TextEdit } from '../../engine/types';
import { code } from '../../engine/text';
import { hasOption, packageCommands, PackageCommand } from '../../model/dockerfile/package-managers';
import type { CommandSite } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { commandStart, hasCacheMount, posixSites, removedLaterInRun, scripts } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'apk-add-no-cache',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'info',
  summary: '`apk add` without `--no-cache` keeps the package index in the layer.',
  docs: {
    description:
      '`apk add` (after `apk update`, or with `--update`) stores the package index under `/var/cache/apk`, and it stays in the ' +
      'layer for good. `apk add --no-cache` fetches a fresh index, uses it and leaves nothing behind, so it also replaces ' +
      'the `apk update` step.',
    incorrect: 'FROM alpine:3.20\nRUN apk update && apk add curl',
    correct: 'FROM alpine:3.20\nRUN apk add --no-cache curl',
    fix:
      'Inserts `--no-cache` after `add` and drops an `apk update &&` before it in the same script. Safe: the same packages are ' +
      'installed from a fresh index. The `apk update` stays when another `apk add` without `--no-cache` in the RUN also uses it.',
    notes: 'Exempt: a `cache` or `tmpfs` mount on `/var/cache/apk` (or `/etc/apk/cache`), or `rm -rf /var/cache/apk/*` later in the same RUN.',
  },
  fix: 'safe',
  aliases: ['DL3019', 'DS-0025', 'KICS:ae9c56a6'],
};

const CACHE = ['/var/cache/apk', '/etc/apk/cache'];

/** It reports only `apk` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'apk');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const sites = posixSites(ctx.model);
  const commands = packageCommands(sites).filter((c) => c.tool === 'apk');
  let drops: Map<PackageCommand, [number, number]> | undefined;
  for (const command of commands) {
    if (command.sub?.value !== 'add' || command.unknown || hasOption(command, ['--no-cache'])) continue;
    const instruction = command.site.instruction;
    if (hasCacheMount(instruction, CACHE)) continue;
    if (removedLaterInRun(sites, command.site, CACHE)) continue;
    const word = command.sub.word;
    const edits: TextEdit[] = [insertEdit(ctx.document, word.end, ' --no-cache')];
    const drop = (drops ??= droppableUpdates(sites, commands)).get(command);
    if (drop) edits.unshift(replaceEdit(ctx.document, drop[0], drop[1], ''));
    ctx.report({
      range: ctx.range(word.start, word.end),
      message: `${code('apk add')} has no \`--no-cache\`, so the package index stays in the layer.`,
      fix: word.expansion ? undefined : makeFix('Use apk add --no-cache', 'safe', edits),
    });
  }
}

/**
 * For each `apk add` with an `apk update && ` that only it relies on: the offsets of that update, to drop. The update
 * is the nearest one before the add in its script, followed by `&&` at the same nesting, with no other add without
 * `--no-cache` after it in the script. One pass per script, not a read back from every add.
 */
function droppableUpdates(sites: readonly CommandSite[], commands: readonly PackageCommand[]): Map<PackageCommand, [number, number]> {
  const bySite = new Map<CommandSite, PackageCommand>();
  for (const c of commands) bySite.set(c.site, c);
  const isPlainAdd = (c: PackageCommand | undefined) => c?.sub?.value === 'add' && !hasOption(c, ['--no-cache']);
  const drops = new Map<PackageCommand, [number, number]>();
  for (const script of scripts(sites)) {
    if (!script.some((site) => bySite.has(site))) continue;
    // Plain adds from each position to the end of the script.
    const plainFrom = new Array<number>(script.length + 1).fill(0);
    for (let k = script.length - 1; k >= 0; k--) plainFrom[k] = plainFrom[k + 1] + (isPlainAdd(bySite.get(script[k])) ? 1 : 0);
    let update: number | undefined;
    for (let k = 0; k < script.length; k++) {
      const command = bySite.get(script[k]);
      if (command?.sub?.value === 'update') update = k;
      else if (command?.sub?.value === 'add' && update !== undefined) {
        const before = script[update].command;
        const next = script[update + 1].command;
        if (before.after === '&&' && before.nested === next.nested && plainFrom[update + 1] === 1) drops.set(command, [commandStart(before), commandStart(next)]);
      }
    }
  }
  return drops;
}
