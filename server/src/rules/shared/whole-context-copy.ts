/** The sources and destination of COPY/ADD instructions. */
import type { InstructionNode, Word } from '../../model/dockerfile/types';

export interface CopyParts {
  sources: Word[];
  dest: Word;
}

/** Sources and destination of a COPY or ADD (heredoc sources excluded); undefined when there are fewer than two words. */
export function copyParts(instruction: InstructionNode): CopyParts | undefined {
  if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return undefined;
  const words = (instruction.execForm ? instruction.jsonStrings : instruction.args).filter((w) => !isHeredocMarker(w));
  if (words.length < 2) return undefined;
  return { sources: words.slice(0, -1), dest: words[words.length - 1] };
}

/** COPY/ADD from the build context (not `--from`). */
export function copiesFromContext(instruction: InstructionNode): boolean {
  return !instruction.flags.some((f) => f.name === 'from');
}

const WHOLE_CONTEXT = /^\.\/?$|^\.\/\*$|^\*$/;

const CONTEXT_ROOT = /^\.\/?$/;

/**
 * The source word that copies the whole build context (`.`, `./`, `*`), if any. Asked of every instruction by
 * several rules: the sources of `copyParts` are walked in place, without building them.
 */
export function wholeContextSource(instruction: InstructionNode, withStar = false): Word | undefined {
  if ((instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') || !copiesFromContext(instruction)) return undefined;
  const words = instruction.execForm ? instruction.jsonStrings : instruction.args;
  // The destination is the last word that is not a heredoc marker; there must be a source before it.
  let dest = words.length - 1;
  while (dest >= 0 && isHeredocMarker(words[dest])) dest--;
  for (let k = 0; k < dest; k++) {
    const word = words[k];
    if (!isHeredocMarker(word) && (withStar ? WHOLE_CONTEXT : CONTEXT_ROOT).test(word.value)) return word;
  }
  return undefined;
}

function isHeredocMarker(word: Word): boolean {
  return word.value.startsWith('<<');
}
