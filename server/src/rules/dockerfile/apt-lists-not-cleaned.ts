import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import { makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { packageCommands, PackageCommand } from '../../model/dockerfile/package-managers';
import { stageChain } from '../../model/dockerfile/queries';
import type { DockerfileModel, InstructionNode, Stage } from '../../model/dockerfile/types';
import { partitionPoint } from '../../model/sorted';
import { appendCommandEdit, hasCacheMount, posixSites, removedLaterInRun, runAround, stageEndsInImage, stageOf } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'apt-lists-not-cleaned',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'info',
  summary: '`apt-get update` leaves its package lists in the layer unless the same RUN removes them.',
  docs: {
    description:
      '`apt-get update` downloads package indexes into `/var/lib/apt/lists`, often tens of megabytes. Once the RUN ends they are ' +
      'frozen into that layer: deleting them in a later RUN does not make the image smaller, and stale lists only mislead ' +
      'later installs. Remove them at the end of the same RUN, or keep them out of the image with a cache mount.',
    incorrect: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
    correct:
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n' +
      ' && rm -rf /var/lib/apt/lists/*',
    fix:
      'Appends `&& rm -rf /var/lib/apt/lists/*` to the RUN (a line before the closing delimiter in a heredoc). Safe: it only ' +
      'drops package indexes. Not offered when a later RUN of the stage, or of a stage built on it, installs packages ' +
      'without running its own update, because that RUN needs the lists; nor when the script ends inside a quote, ' +
      '`$(` or shell heredoc (`cat <<X` without its `X` line), where the appended command would become part of it.',
    notes:
      'Only stages that end up in an image are checked: the last stage and stages another stage builds on with ' +
      '`FROM <stage>`. A `cache` or `tmpfs` mount on `/var/lib/apt` or `/var/lib/apt/lists` exempts the RUN.',
  },
  fix: 'safe',
  aliases: ['DL3009', 'KICS:df746b39'],
};

/** The folder as a list, as the cache helpers take folders (one list, so their per-list answers are kept). */
const LISTS = ['/var/lib/apt/lists'];
const APT = new Set(['apt-get', 'apt']);

/** It reports only `apt-get update` and `apt update`. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'apt-get', 'apt');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const sites = posixSites(ctx.model);
  const commands = packageCommands(sites);
  let installsWithoutUpdate: InstructionNode[] | undefined;
  const checked = new Set<InstructionNode>();
  // The first apt update of each RUN, in file order.
  for (const update of commands) {
    const instruction = update.site.instruction;
    if (!isAptUpdate(update) || checked.has(instruction)) continue;
    checked.add(instruction);
    if (hasCacheMount(instruction, LISTS) || !stageEndsInImage(ctx.model, stageOf(ctx.model, instruction))) continue;
    if (removedLaterInRun(sites, update.site, LISTS)) continue;
    const word = update.sub!.word;
    installsWithoutUpdate ??= runsInstallingWithoutUpdate(commands);
    const edit = laterInstallNeedsLists(ctx.model, installsWithoutUpdate, update) ? undefined : appendCommandEdit(ctx.document, runAround(sites, update.site).at(-1)!, 'rm -rf /var/lib/apt/lists/*');
    ctx.report({
      range: ctx.range(word.start, word.end),
      message: `${code(update.tool + ' update')} leaves \`/var/lib/apt/lists\` in the layer; remove it in the same RUN.`,
      fix: edit ? makeFix('Remove the apt lists at the end of the RUN', 'safe', [edit]) : undefined,
    });
  }
}

function isAptUpdate(c: PackageCommand): boolean {
  return APT.has(c.tool) && c.sub?.value === 'update';
}

/** The RUNs where an apt install comes before any apt update of the same RUN: they use lists left earlier. */
function runsInstallingWithoutUpdate(commands: readonly PackageCommand[]): InstructionNode[] {
  const out: InstructionNode[] = [];
  const decided = new Set<InstructionNode>();
  for (const c of commands) {
    const instruction = c.site.instruction;
    if (!APT.has(c.tool) || decided.has(instruction)) continue;
    if (c.sub?.value === 'update') decided.add(instruction);
    else if (c.sub?.value === 'install') {
      decided.add(instruction);
      out.push(instruction);
    }
  }
  return out;
}

/** A later RUN of this stage, or of a stage built on it, installs without its own `apt-get update` first. */
function laterInstallNeedsLists(model: DockerfileModel, installsWithoutUpdate: readonly InstructionNode[], update: PackageCommand): boolean {
  const stage = stageOf(model, update.site.instruction);
  const index = update.site.instruction.index;
  // The list is in file order: start at the first later RUN rather than read the earlier ones for every update.
  for (let k = partitionPoint(installsWithoutUpdate, (i) => i.index <= index); k < installsWithoutUpdate.length; k++) {
    if (inLineage(stageOf(model, installsWithoutUpdate[k]), stage)) return true;
  }
  return false;
}

function inLineage(stage: Stage | undefined, ancestor: Stage | undefined): boolean {
  return stage === ancestor || (ancestor !== undefined && stageChain(stage).includes(ancestor));
}
