/** The JSON-array words of an exec-form RUN, CMD, ENTRYPOINT or `HEALTHCHECK … CMD […]`. */
import { mappedSlice } from '../../model/mapped-text';
import { parseExecForm } from '../../model/dockerfile/exec-form';
import type { InstructionNode, Word } from '../../model/dockerfile/types';

export function execFormWords(i: InstructionNode): Word[] | undefined {
  if (i.keyword === 'RUN' || i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') return i.execForm ? i.jsonStrings : undefined;
  if (i.keyword !== 'HEALTHCHECK') return undefined;
  const m = /^\s*CMD\s+/i.exec(i.argsText.text);
  if (!m) return undefined;
  return parseExecForm(mappedSlice(i.argsText, m[0].length, i.argsText.text.length));
}
