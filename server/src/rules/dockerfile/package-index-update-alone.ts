import { type DockerfileFacts, runsAnyCommand } from '../../engine/applicability';
import { insertEdit, lineSpan, makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';

import { commandSites, shellCommands } from '../../model/dockerfile/queries';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { PACKAGE_FAMILY_TOOLS, packageAction, type PackageAction } from '../shared/package-commands';

export const meta: DockerfileRuleMeta = {
  id: 'package-index-update-alone',
  target: 'dockerfile',
  category: 'layers',
  severity: 'warning',
  summary: 'A RUN refreshes the package index on its own while a later RUN installs.',
  docs: {
    description:
      'Each RUN is a cached layer. When `RUN apt-get update` comes from the cache, its package lists may be weeks old while ' +
      'the later `RUN apt-get install` line changes and runs again: it then asks mirrors for versions that are gone (404 ' +
      'errors) or installs outdated packages. Refresh and install in the same RUN, so both are rebuilt together.',
    incorrect: 'FROM debian:trixie-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl',
    correct: 'FROM debian:trixie-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
    fix:
      'Moves the refresh into the next installing RUN (`apt-get update && apt-get install …`) and deletes its own RUN. Safe, ' +
      'and offered, only when the refresh RUN holds nothing else and just ENV, ARG, LABEL or comments lie between the two.',
    notes:
      'Covers `apt-get`/`apt update`, `apk update`, `zypper refresh` and `dnf`/`yum`/`microdnf makecache`, each paired with ' +
      'its own install command. Not reported when the same RUN installs too, or when nothing installs later in the stage.',
  },
  fix: 'safe',
  aliases: ['CKV_DOCKER_5', 'DS-0017', 'KICS:9bae49be'],
};

const HARMLESS_BETWEEN = new Set(['ENV', 'ARG', 'LABEL']);

/** The package actions of every RUN (ONBUILD triggers included), in order, from one pass over the commands. */
function actionsByRun(model: DockerfileModel): Map<InstructionNode, PackageAction[]> {
  const byRun = new Map<InstructionNode, PackageAction[]>();
  for (const { command, instruction } of commandSites(model)) {
    const action = packageAction(command);
    if (!action) continue;
    const list = byRun.get(instruction);
    if (list) list.push(action);
    else byRun.set(instruction, [action]);
  }
  return byRun;
}

const NO_ACTIONS: readonly PackageAction[] = [];

/** It reports only package-index refreshes of these tools. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsAnyCommand(facts, PACKAGE_FAMILY_TOOLS);
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { model } = ctx;
  const byRun = actionsByRun(model);
  const actions = (run: InstructionNode) => byRun.get(run) ?? NO_ACTIONS;
  for (const stage of model.stages) {
    const runs = stage.instructions.filter((i) => i.keyword === 'RUN');
    // The stage's RUNs from the last one back, so the next RUN that installs with each family is known at every
    // step (looking ahead from each refresh was quadratic in a stage of refreshes that nothing installs after).
    const nextInstaller = new Map<string, InstructionNode>();
    for (let k = runs.length - 1; k >= 0; k--) {
      const run = runs[k];
      const own = actions(run);
      // A report needs a family whose every action here is a refresh.
      if (own.some(isRefresh)) report(ctx, run, own, nextInstaller);
      for (const action of own) if (action.kind === 'install') nextInstaller.set(action.family, run);
    }
  }
}

/** Reports each family whose every action in `run` is a refresh, where a later RUN of the stage installs with it. */
function report(ctx: RuleContext<DockerfileModel>, run: InstructionNode, own: readonly PackageAction[], nextInstaller: ReadonlyMap<string, InstructionNode>): void {
  for (const family of new Set(own.map((a) => a.family))) {
    const mine = own.filter((a) => a.family === family);
    if (!mine.every((a) => a.kind === 'refresh')) continue;
    const installer = nextInstaller.get(family);
    if (!installer) continue;
    ctx.report({
      range: ctx.range(mine[0].word.start, mine[0].word.end),
      message: `This RUN only refreshes the package index; the install in a later RUN (line ${installer.line + 1}) can then use stale cached lists. Refresh and install in one RUN.`,
      fix: mergeFix(ctx, run, installer, shellCommands([run]).every((c) => packageAction(c.command)?.kind === 'refresh')),
    });
  }
}

function isRefresh(action: PackageAction): boolean {
  return action.kind === 'refresh';
}

function mergeFix(ctx: RuleContext<DockerfileModel>, run: InstructionNode, installer: InstructionNode, onlyRefresh: boolean) {
  const { model } = ctx;
  const commands = run.shell?.commands ?? [];
  const between = model.instructions.slice(run.index + 1, installer.index);
  const simple =
    onlyRefresh && run.flags.length === 0 && run.heredocs.length === 0 && installer.heredocs.length === 0 && !installer.execForm &&
    commands.every((c) => c.after === '' || c.after === '&&' || c.after === ';') && installer.args.length > 0;
  if (!simple || !between.every((i) => HARMLESS_BETWEEN.has(i.keyword))) return undefined;
  const refresh = run.argsText.text.trim().replace(/\s+/g, ' ');
  const [lineStart] = lineSpan(model.text, run.start);
  const [, lineEnd] = lineSpan(model.text, run.end);
  return makeFix(`Move ${refresh} into the installing RUN`, 'safe', [
    replaceEdit(ctx.document, lineStart, lineEnd, ''),
    insertEdit(ctx.document, installer.args[0].start, `${refresh} && `),
  ]);
}

