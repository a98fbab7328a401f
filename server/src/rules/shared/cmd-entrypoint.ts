/**
 * How CMD and ENTRYPOINT combine in a stage chain. `cmd-entrypoint-form-mismatch` reports the mismatched
 * instruction, and `exec-form-recommended` skips it so one problem gets one finding.
 */
import type { DockerfileModel, InstructionNode, Stage } from '../../model/dockerfile/types';

export interface FormMismatch {
  /** The instruction to change. */
  instruction: InstructionNode;
  /** (a) shell-form ENTRYPOINT with a CMD, or (b) exec-form ENTRYPOINT with a shell-form CMD. */
  kind: 'shell-entrypoint' | 'shell-cmd';
  entrypoint: InstructionNode;
  cmd: InstructionNode;
}

/** A CMD/ENTRYPOINT written in shell form (not JSON). */
export function isShellForm(i: InstructionNode): boolean {
  return !i.execForm && i.args.length > 0 && !i.argsText.text.trim().startsWith('[');
}

/** The last instruction with this keyword in the stage chain (the one that takes effect). */
export function effective(stage: Stage, keyword: string): InstructionNode | undefined {
  // `stageChain` without its list: a parent is always an earlier stage, so only its 64-stage bound applies.
  let s: Stage | undefined = stage;
  for (let depth = 0; s && depth < 64; depth++, s = s.parent) {
    for (let k = s.instructions.length - 1; k >= 0; k--) if (s.instructions[k].keyword === keyword) return s.instructions[k];
  }
  return undefined;
}

/**
 * A shell-form ENTRYPOINT that reads its positional parameters (`exec /entrypoint.sh "$0" "$@"`): the CMD arrives as
 * `sh -c`'s `$0`, `$1`…, so it is not ignored.
 */
function forwardsArguments(entrypoint: InstructionNode): boolean {
  return /\$(\{[@*0-9]\}|[@*0-9])/.test(entrypoint.argsText.text);
}

/** Mismatches of every stage, once per instruction. */
export function formMismatches(model: DockerfileModel): FormMismatch[] {
  const out: FormMismatch[] = [];
  const seen = new Set<InstructionNode>();
  for (const stage of model.stages) {
    const entrypoint = effective(stage, 'ENTRYPOINT');
    const cmd = effective(stage, 'CMD');
    if (!entrypoint || !cmd || entrypoint.args.length === 0 || cmd.args.length === 0) continue;
    let mismatch: FormMismatch | undefined;
    if (isShellForm(entrypoint)) {
      if (!forwardsArguments(entrypoint)) mismatch = { instruction: entrypoint, kind: 'shell-entrypoint', entrypoint, cmd };
    } else if (entrypoint.execForm && isShellForm(cmd)) {
      mismatch = { instruction: cmd, kind: 'shell-cmd', entrypoint, cmd };
    }
    if (mismatch && !seen.has(mismatch.instruction)) {
      seen.add(mismatch.instruction);
      out.push(mismatch);
    }
  }
  return out;
}

/** Instructions `cmd-entrypoint-form-mismatch` reports. */
export function formMismatchInstructions(model: DockerfileModel): Set<InstructionNode> {
  return new Set(formMismatches(model).map((m) => m.instruction));
}
