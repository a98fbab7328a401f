/** The sources and destination of COPY/ADD instructions. */
import type { InstructionNode, Word } from '../../model/dockerfile/types';

export interface CopyParts {
  sources: Word[];
  dest: Word;
}

/** Sources and destination of a COPY or ADD (heredoc sources excluded); undefined when there are fewer than two words. */
export function copyParts(instruction: InstructionNode): CopyParts | undefined {
  if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return undefined;
  const words = (instruction.execForm ? instruction.jsonStrings : instruction.args).filter((w) => !w.value.startsWith('<<'));
  if (words.length < 2) return undefined;
  return { sources: words.slice(0, -1), dest: words[words.length - 1] };
}

/** COPY/ADD from the build context (not `--from`). */
export function copiesFromContext(instruction: InstructionNode): boolean {
  return !instruction.flags.some((f) => f.name === 'from');
}

const WHOLE_CONTEXT = /^\.\/?$|^\.\/\*$|^\*$/;

/** The source word that copies the whole build context (`.`, `./`, `*`), if any. */
export function wholeContextSource(instruction: InstructionNode, withStar = false): Word | undefined {
  const parts = copyParts(instruction);
  if (!parts || !copiesFromContext(instruction)) return undefined;
  return parts.sources.find((s) => (withStar ? WHOLE_CONTEXT.test(s.value) : /^\.\/?$/.test(s.value)));
}
