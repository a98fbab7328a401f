/** The final stage chain and what runs in it: the user, privilege-dropping entrypoints, dev containers. */
import { PRIVILEGE_DROPPING_TOOLS, usesPrivilegeDroppingTool } from '../../knowledge/dockerfile';
import { stageChain } from '../../model/dockerfile/queries';
import type { DockerfileModel, InstructionNode, Stage } from '../../model/dockerfile/types';
import type { RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { effective } from './cmd-entrypoint';
import { finalStages } from './stage-graph';

/** The last stage: the image `docker build` produces without `--target`. */
export function finalStage(model: DockerfileModel): Stage | undefined {
  return model.stages[model.stages.length - 1];
}

/** The stage at the root of a chain: the one built on an external image. */
export function chainRoot(stage: Stage): Stage {
  const chain = stageChain(stage);
  return chain[chain.length - 1];
}

/** The USER that takes effect at the end of the stage chain. */
export function effectiveUser(stage: Stage): InstructionNode | undefined {
  return effective(stage, 'USER');
}

/**
 * True when the container's process switches user itself: the ENTRYPOINT or CMD runs gosu, su-exec, setpriv,
 * runuser, chpst, s6-setuidgid or `su -c`, or runs a script this file writes (COPY/RUN heredoc) that does.
 */
export function dropsPrivileges(model: DockerfileModel, stage: Stage): boolean {
  // final-user-missing and final-user-root both ask, per stage (a stage belongs to one model).
  let drops = dropsCache.get(stage);
  if (drops === undefined) dropsCache.set(stage, (drops = dropsPrivilegesUncached(model, stage)));
  return drops;
}

const dropsCache = new WeakMap<Stage, boolean>();

/** A RUN line that names a privilege-dropping tool as a word. */
const DROPPING_TOOL_WORD = new RegExp(`(^|[\\s/;&|'"])(${PRIVILEGE_DROPPING_TOOLS.map((t) => t.replace(/-/g, '\\-')).join('|')})([\\s;&|'"]|$)`);

function dropsPrivilegesUncached(model: DockerfileModel, stage: Stage): boolean {
  const starters = [effective(stage, 'ENTRYPOINT'), effective(stage, 'CMD')].filter((i): i is InstructionNode => i !== undefined);
  for (const i of starters) {
    const words = i.execForm ? i.jsonStrings.map((w) => w.value) : i.argsText.text.split(/\s+/);
    if (usesPrivilegeDroppingTool(words.flatMap((w) => w.split(/\s+/)))) return true;
  }
  // Official-image pattern: the stage installs gosu/su-exec… and starts an entrypoint script (copied from the
  // context, so not readable here) that uses it.
  const entrypoint = effective(stage, 'ENTRYPOINT');
  if (entrypoint && /\.sh\b|entrypoint/i.test(entrypoint.argsText.text)) {
    for (const s of stageChain(stage)) {
      if (s.instructions.some((i) => i.keyword === 'RUN' && DROPPING_TOOL_WORD.test(i.argsText.text))) return true;
    }
  }
  // A script written by this file (heredoc body) that drops privileges and is started by ENTRYPOINT/CMD.
  for (const i of model.instructions) {
    for (const h of i.heredocs) {
      if (h.contentStart < 0) continue;
      const body = model.text.slice(h.contentStart, h.contentEnd);
      if (!usesPrivilegeDroppingTool(body.split(/\s+/))) continue;
      const target = i.keyword === 'COPY' || i.keyword === 'ADD' ? i.args[i.args.length - 1]?.value ?? '' : '';
      const name = target.slice(target.lastIndexOf('/') + 1);
      if (name !== '' && starters.some((s) => s.argsText.text.includes(name))) return true;
    }
  }
  return false;
}

/** Dev containers run as root on purpose (their tooling picks the user). */
export function isDevContainer(model: DockerfileModel, fileName: string, stage: Stage): boolean {
  if (/(^|\/)\.devcontainer\//.test(fileName)) return true;
  const image = chainRoot(stage).image.resolved ?? '';
  return /(^|\/)(devcontainers|vscode\/devcontainers)\//.test(image) || image.startsWith('mcr.microsoft.com/devcontainers/');
}

/** `root`, `0`, `root:<group>`, `0:<group>`. */
export function isRootUser(value: string): boolean {
  const user = value.split(':')[0];
  return user === 'root' || user === '0';
}

/**
 * The stages whose image is shipped: the last one, and any stage a compose `build.target` or Bake target names
 * (catalog convention 6), each with how messages should call it and where an appended line goes.
 */
export function shippedStages(ctx: RuleContext<DockerfileModel>): { stage: Stage; label: string; appendAt: number }[] {
  const last = finalStage(ctx.model);
  return finalStages(ctx).map((stage) => ({
    stage,
    label: stage === last ? 'The final stage' : `Stage ${code(stage.name ?? String(stage.index))}, which a compose or Bake build targets,`,
    appendAt: stage === last ? ctx.model.text.length : stageEnd(ctx.model, stage),
  }));
}

/** Offset just after the line holding the stage's last instruction. */
function stageEnd(model: DockerfileModel, stage: Stage): number {
  const last = stage.instructions[stage.instructions.length - 1];
  const newline = model.text.indexOf('\n', last.end);
  return newline < 0 ? model.text.length : newline + 1;
}
