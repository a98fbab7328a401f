/** The `NAME=value` pairs of ARG and ENV instructions (ONBUILD triggers included), with document offsets. */
import type { Property } from 'dockerfile-ast';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';

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

export function assignments(model: DockerfileModel): Assignment[] {
  const out: Assignment[] = [];
  const doc = model.document;
  for (const node of model.instructions) {
    const i = node.trigger ?? node;
    if (i.keyword !== 'ARG' && i.keyword !== 'ENV') continue;
    const properties = (i.ast as unknown as { getProperties?: () => Property[] }).getProperties?.() ?? [];
    for (const p of properties) {
      const name = p.getName();
      if (!name) continue;
      const nameRange = p.getNameRange();
      const valueRange = p.getValueRange();
      const nameEnd = doc.offsetAt(nameRange.end);
      out.push({
        instruction: i,
        keyword: i.keyword,
        name,
        nameStart: doc.offsetAt(nameRange.start),
        nameEnd,
        value: p.getValue() ?? undefined,
        valueStart: valueRange ? doc.offsetAt(valueRange.start) : nameEnd,
        valueEnd: valueRange ? doc.offsetAt(valueRange.end) : nameEnd,
        siblings: properties.length,
      });
    }
  }
  return out;
}
