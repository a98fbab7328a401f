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

export function properties(_model: DockerfileModel, instruction: InstructionNode): PropertySpan[] {
  return instruction.properties.map((p) => ({
    name: p.name,
    ...(p.raw !== undefined ? { raw: p.raw, value: p.value ?? undefined } : {}),
    start: p.start,
    end: p.end,
    nameStart: p.nameStart,
    nameEnd: p.nameEnd,
    valueStart: p.valueStart,
    valueEnd: p.valueEnd,
    operator: p.operator,
  }));
}
