/** The `NAME=value` pairs of ARG and ENV instructions (ONBUILD triggers included), with document offsets. */
import { eolOf, insertEdit, makeFix } from '../../engine/edits';
import type { Fix } from '../../engine/types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DockerfileModel, InstructionNode, Stage } from '../../model/dockerfile/types';
import { oncePer } from '../../model/once-per';

export interface Assignment {
  instruction: InstructionNode;
  keyword: 'ARG' | 'ENV';
  name: string;
  nameStart: number;
  nameEnd: number;
  /** Unquoted value; undefined for `ARG NAME` without a default. */
  value: string | undefined;
  /** Offsets of the value as written (quotes included); equal to nameEnd when there is none. */
  valueStart: number;
  valueEnd: number;
  /** Number of assignments in the same instruction. */
  siblings: number;
}

/** Every ARG/ENV assignment of the model, worked out once per model (several rules ask). Shared: read-only. */
export const assignments = oncePer((model: DockerfileModel): readonly Assignment[] => {
  const out: Assignment[] = [];
  for (const node of model.instructions) {
    const i = node.trigger ?? node;
    if (i.keyword !== 'ARG' && i.keyword !== 'ENV') continue;
    for (const p of i.properties) {
      if (!p.name) continue;
      out.push({
        instruction: i,
        keyword: i.keyword,
        name: p.name,
        nameStart: p.nameStart,
        nameEnd: p.nameEnd,
        value: p.value ?? undefined,
        valueStart: p.valueStart,
        valueEnd: p.valueEnd,
        siblings: i.properties.length,
      });
    }
  }
  return out;
});

/**
 * One fix per stage that declares every missing name right after its FROM (`ARG A`, `ARG B`), so that applying it
 * from any of the stage's findings fixes them all without clashing inserts. Unsafe: the value changes from empty.
 */
export function declareArgsFix(model: DockerfileModel, document: TextDocument, stage: Stage, names: readonly string[]): Fix {
  const unique = [...new Set(names)];
  const eol = eolOf(model.text);
  return makeFix(`Declare ${unique.map((n) => 'ARG ' + n).join(', ')} in this stage`, 'unsafe', [
    insertEdit(document, stage.from.end, unique.map((n) => `${eol}ARG ${n}`).join('')),
  ]);
}
