/** ENV/ARG/LABEL properties (`KEY=value` or the legacy `KEY value`) with document offsets. */
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';

export interface PropertySpan {
  name: string;
  /** The value as written (quotes and escapes kept); undefined for `ARG NAME`. */
  raw?: string;
  /** The value with quotes removed. */
  value?: string;
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
  /** `=`, or null for the legacy space-separated form and for bare names. */
  operator: string | null;
}

export function properties(model: DockerfileModel, instruction: InstructionNode): PropertySpan[] {
  const ast = instruction.ast as unknown as { getProperties?: () => import('dockerfile-ast').Property[] };
  const doc = model.document;
  return (ast.getProperties?.() ?? []).map((p) => {
    const range = p.getRange();
    const nameRange = p.getNameRange();
    const valueRange = p.getValueRange();
    const valueStart = valueRange ? doc.offsetAt(valueRange.start) : doc.offsetAt(nameRange.end);
    const valueEnd = valueRange ? doc.offsetAt(valueRange.end) : valueStart;
    const raw = valueRange ? model.text.slice(valueStart, valueEnd) : undefined;
    return {
      name: p.getName(),
      ...(raw !== undefined ? { raw, value: p.getValue() ?? undefined } : {}),
      start: doc.offsetAt(range.start),
      end: doc.offsetAt(range.end),
      nameStart: doc.offsetAt(nameRange.start),
      nameEnd: doc.offsetAt(nameRange.end),
      valueStart,
      valueEnd,
      operator: p.getAssignmentOperator(),
    };
  });
}
