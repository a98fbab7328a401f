import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import { insertEdit, makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { TextEdit } from '../../engine/types';
import { code } from '../../engine/text';
import { hasOption, packageCommands, PackageCommand } from '../../model/dockerfile/package-managers';
import type { CommandSite } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { commandStart, hasCacheMount, posixSites, removesPath, runAround, scripts } from '../shared/run-context';

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
  for (const command of commands) {
    if (command.sub?.value !== 'add' || command.unknown || hasOption(command, ['--no-cache'])) continue;
    const instruction = command.site.instruction;
    if (hasCacheMount(instruction, CACHE)) continue;
    const run = runAround(sites, command.site);
    if (removesPath(run.slice(run.indexOf(command.site) + 1), CACHE)) continue;
    const word = command.sub.word;
    const edits: TextEdit[] = [insertEdit(ctx.document, word.end, ' --no-cache')];
    const drop = dropUpdate(sites, commands, command);
    if (drop) edits.unshift(replaceEdit(ctx.document, drop[0], drop[1], ''));
    ctx.report({
      range: ctx.range(word.start, word.end),
      message: `${code('apk add')} has no \`--no-cache\`, so the package index stays in the layer.`,
      fix: word.expansion ? undefined : makeFix('Use apk add --no-cache', 'safe', edits),
    });
  }
}

/** Offsets of an `apk update && ` right before this add's script position, when only this add relies on it. */
function dropUpdate(sites: readonly CommandSite[], commands: readonly PackageCommand[], add: PackageCommand): [number, number] | undefined {
  const script = scripts(sites).find((g) => g.includes(add.site));
  if (!script) return undefined;
  const at = script.indexOf(add.site);
  for (let k = at - 1; k >= 0; k--) {
    const update = commands.find((c) => c.site === script[k]);
    if (!update || update.sub?.value !== 'update') continue;
    const next = script[k + 1];
    if (update.site.command.after !== '&&' || update.site.command.nested !== next.command.nested) return undefined;
    const plainAdds = commands.filter(
      (c) => c.site.instruction === add.site.instruction && script.indexOf(c.site) > k && c.sub?.value === 'add' && !hasOption(c, ['--no-cache']),
    );
    if (plainAdds.length !== 1) return undefined;
    return [commandStart(update.site.command), commandStart(next.command)];
  }
  return undefined;
}
