/** The final stage chain and what runs in it: the user, privilege-dropping entrypoints, dev containers. */
import { PRIVILEGE_DROPPING_TOOLS, usesPrivilegeDroppingTool } from '../../knowledge/dockerfile';
import { chainRoot, stageChain } from '../../model/dockerfile/queries';
import { baseName } from '../../model/shell';
import type { DockerfileModel, InstructionNode, Stage } from '../../model/dockerfile/types';
import type { RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { effective } from './cmd-entrypoint';
import { nextLineStart } from './dockerfile-syntax';
import { finalStages } from './stage-graph';
import { AnswerCache } from '../../model/once-per';

/** The last stage: the image `docker build` produces without `--target`. */
export function finalStage(model: DockerfileModel): Stage | undefined {
  return model.stages[model.stages.length - 1];
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

const dropsCache = new AnswerCache<Stage, boolean>();

/** A RUN line that names a privilege-dropping tool as a word. */
const DROPPING_TOOL_WORD = new RegExp(`(^|[\\s/;&|'"])(${PRIVILEGE_DROPPING_TOOLS.map((t) => t.replace(/-/g, '\\-')).join('|')})([\\s;&|'"]|$)`);

/** Text naming a privilege-dropping tool holds one of their names or `su`: a cheap test before splitting it into words. */
const MAY_NAME_DROPPING_TOOL = new RegExp([...PRIVILEGE_DROPPING_TOOLS, 'su'].map((t) => t.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'));

/** The words of a starter (exec-form strings, or the shell-form text) run a privilege-dropping tool. */
function startsDroppingTool(i: InstructionNode | undefined): boolean {
  if (!i) return false;
  if (i.execForm ? !i.jsonStrings.some((w) => MAY_NAME_DROPPING_TOOL.test(w.value)) : !MAY_NAME_DROPPING_TOOL.test(i.argsText.text)) return false;
  const texts = i.execForm ? i.jsonStrings.map((w) => w.value) : [i.argsText.text];
  return usesPrivilegeDroppingTool(texts.flatMap((t) => t.split(/\s+/)));
}

/** The ENTRYPOINT or CMD text names `name`. */
function startersName(entrypoint: InstructionNode | undefined, cmd: InstructionNode | undefined, name: string): boolean {
  return (entrypoint !== undefined && entrypoint.argsText.text.includes(name)) || (cmd !== undefined && cmd.argsText.text.includes(name));
}

/**
 * The ENTRYPOINT starts a file the stage chain copies in (`COPY start-container /usr/local/bin/start-container` then
 * `ENTRYPOINT ["start-container"]`, as Laravel Sail does): a script from the context.
 */
function startsCopiedScript(stage: Stage, entrypoint: InstructionNode): boolean {
  const first = entrypoint.execForm ? entrypoint.jsonStrings[0]?.value : entrypoint.args[0]?.value;
  const program = first && baseName(first);
  if (!program) return false;
  return stageChain(stage).some((s) =>
    s.instructions.some((i) => {
      if ((i.keyword !== 'COPY' && i.keyword !== 'ADD') || i.args.length < 2) return false;
      const dest = i.args[i.args.length - 1]!.value;
      const named = dest.endsWith('/') ? i.args.slice(0, -1).map((a) => a.value) : [dest];
      return named.some((path) => baseName(path) === program);
    }),
  );
}

function dropsPrivilegesUncached(model: DockerfileModel, stage: Stage): boolean {
  const entrypoint = effective(stage, 'ENTRYPOINT');
  const cmd = effective(stage, 'CMD');
  if (startsDroppingTool(entrypoint) || startsDroppingTool(cmd)) return true;
  // Official-image pattern: the stage installs gosu/su-exec… and starts an entrypoint script (copied from the
  // context, so not readable here) that uses it.
  if (entrypoint && (/\.sh\b|entrypoint/i.test(entrypoint.argsText.text) || startsCopiedScript(stage, entrypoint))) {
    for (const s of stageChain(stage)) {
      if (s.instructions.some((i) => i.keyword === 'RUN' && DROPPING_TOOL_WORD.test(i.argsText.text))) return true;
    }
  }
  // A script written by this file (heredoc body) that drops privileges and is started by ENTRYPOINT/CMD.
  // Only COPY/ADD write a file; the script's name is looked for before its body is read.
  for (const i of model.instructions) {
    if (i.heredocs.length === 0 || (i.keyword !== 'COPY' && i.keyword !== 'ADD')) continue;
    const target = i.args[i.args.length - 1]?.value ?? '';
    const name = target.slice(target.lastIndexOf('/') + 1);
    if (name === '' || !startersName(entrypoint, cmd, name)) continue;
    for (const h of i.heredocs) {
      if (h.contentStart < 0) continue;
      const body = model.text.slice(h.contentStart, h.contentEnd);
      if (MAY_NAME_DROPPING_TOOL.test(body) && usesPrivilegeDroppingTool(body.split(/\s+/))) return true;
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
export function shippedStages(ctx: RuleContext<DockerfileModel>): readonly ShippedStage[] {
  // Kept per model with the list of final stages it describes (that list is kept per model and lint), as some
  // five rules ask (read-only).
  const finals = finalStages(ctx);
  let kept = shippedKept.get(ctx.model);
  if (!kept || kept.finals !== finals) shippedKept.set(ctx.model, (kept = { finals, shipped: describeShipped(ctx.model, finals) }));
  return kept.shipped;
}

export interface ShippedStage {
  readonly stage: Stage;
  readonly label: string;
  /**
   * Where a line appended to the stage goes, or undefined when a line there would not be an instruction of its own:
   * the file ends inside the stage's last instruction (an open line continuation or an unterminated heredoc), so an
   * appended `USER` would become part of it. Rules then report without a fix.
   */
  readonly appendAt: number | undefined;
}

const shippedKept = new AnswerCache<DockerfileModel, { finals: readonly Stage[]; shipped: readonly ShippedStage[] }>();

function describeShipped(model: DockerfileModel, finals: readonly Stage[]): ShippedStage[] {
  const last = finalStage(model);
  return finals.map((stage) => ({
    stage,
    label: stage === last ? 'The final stage' : `Stage ${code(stage.name ?? String(stage.index))}, which a compose or Bake build targets,`,
    appendAt: stage !== last ? stageEnd(model, stage) : endsInsideInstruction(model) ? undefined : model.text.length,
  }));
}

/** Offset just after the line holding the stage's last instruction. */
function stageEnd(model: DockerfileModel, stage: Stage): number {
  const last = stage.instructions[stage.instructions.length - 1];
  return nextLineStart(model.text, last.end);
}

/**
 * The file ends inside its last instruction: a heredoc without its terminator, or a line continuation still open
 * (BuildKit skips blank and comment lines inside a continuation, so the last line that is neither decides).
 */
function endsInsideInstruction(model: DockerfileModel): boolean {
  const { text, escape } = model;
  const last = model.instructions[model.instructions.length - 1];
  if (!last) return false;
  if (last.heredocs.some((h) => h.delimiterStart < 0)) return true;
  // Line by line from the end of the file (`end` is where a line ends, before its break).
  for (let end = text.length; end > last.start; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line !== '' && !line.startsWith('#')) return line.endsWith(escape);
    end = start - 1;
  }
  return false;
}
