/** Checks several package-manager rules share: a missing "assume yes" option, a cache left in the layer. */
import { insertEdit, makeFix } from '../../engine/edits';
import type { RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { hasOption, packageCommands, PackageCommand } from '../../model/dockerfile/package-managers';
import type { CommandSite } from '../../model/dockerfile/queries';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { appendCommandEdit, hasCacheMount, posixSites, removesUnder, runs, stageEndsInImage, stageOf } from './run-context';

export interface MissingYesSpec {
  tools: readonly string[];
  subcommands: readonly string[];
  longNames: readonly string[];
  shortLetters: string;
}

/** `yum install` and friends without `-y`: reports the subcommand and inserts `-y` after it. */
export function checkMissingYes(ctx: RuleContext<DockerfileModel>, spec: MissingYesSpec): void {
  for (const command of packageCommands(posixSites(ctx.model))) {
    const sub = command.sub?.value;
    if (!spec.tools.includes(command.tool) || sub === undefined || !spec.subcommands.includes(sub) || command.unknown) continue;
    if (hasOption(command, spec.longNames, spec.shortLetters)) continue;
    const word = command.sub!.word;
    ctx.report({
      range: ctx.range(word.start, word.end),
      message: `${code(command.tool + ' ' + sub)} has no \`-y\`, so it aborts at the confirmation prompt.`,
      fix: word.expansion ? undefined : makeFix(`Add -y to ${command.tool} ${sub}`, 'safe', [insertEdit(ctx.document, word.end, ' -y')]),
    });
  }
}

export interface CacheSpec {
  /** Whether the command is an install that fills the cache. */
  fills(command: PackageCommand): boolean;
  /** Whether the site cleans the cache (`yum clean all`). */
  cleans(site: CommandSite, command: PackageCommand | undefined): boolean;
  /** Cache folders: a cache/tmpfs mount on one exempts the RUN, `rm` of one counts as a clean. */
  folders: readonly string[];
  /** The command the fix appends. */
  cleanCommand(command: PackageCommand): string;
  message(command: PackageCommand): string;
  /** Only check stages that end up in an image. */
  imageStagesOnly?: boolean;
  /** A further reason to leave the RUN alone. */
  exempt?(instruction: InstructionNode): boolean;
}

/** An install whose RUN does not clean the cache afterwards: one finding per RUN, on the first such install. */
export function checkCacheCleaned(ctx: RuleContext<DockerfileModel>, spec: CacheSpec): void {
  const sites = posixSites(ctx.model);
  const commands = new Map<CommandSite, PackageCommand>();
  for (const c of packageCommands(sites)) commands.set(c.site, c);
  for (const run of runs(sites)) {
    const instruction = run[0].instruction;
    if (hasCacheMount(instruction, spec.folders) || spec.exempt?.(instruction)) continue;
    if (spec.imageStagesOnly && !stageEndsInImage(ctx.model, stageOf(ctx.model, instruction))) continue;
    // Every install before the RUN's last clean is cleaned after; found in one pass from the end, not by reading the
    // rest of the RUN again for each install (quadratic in a RUN of many installs).
    let lastClean = run.length - 1;
    while (lastClean >= 0 && !spec.cleans(run[lastClean], commands.get(run[lastClean])) && !removesUnder(run[lastClean], spec.folders)) lastClean--;
    for (let k = Math.max(lastClean, 0); k < run.length; k++) {
      const command = commands.get(run[k]);
      if (!command || !spec.fills(command)) continue;
      const clean = spec.cleanCommand(command);
      const edit = appendCommandEdit(ctx.document, run[run.length - 1], clean);
      const word = command.sub!.word;
      ctx.report({
        range: ctx.range(word.start, word.end),
        message: spec.message(command),
        fix: edit ? makeFix(`Append ${clean}`, 'safe', [edit]) : undefined,
      });
      break;
    }
  }
}
