/**
 * LABEL keys and values with offsets, and the label schema the label rules are configured with (the same
 * shape as hadolint's `label-schema` and `strict-labels`).
 */
import { stageChain } from '../../model/dockerfile/queries';
import type { DockerfileModel, InstructionNode, Stage } from '../../model/dockerfile/types';

export interface LabelEntry {
  instruction: InstructionNode;
  key: string;
  keyStart: number;
  keyEnd: number;
  value: string;
  valueStart: number;
  valueEnd: number;
  siblings: number;
}

export const LABEL_TYPES = ['text', 'url', 'rfc3339', 'spdx', 'hash', 'semver', 'email'] as const;
export type LabelType = (typeof LABEL_TYPES)[number];

/** Label keys and their types from `options.schema`; unknown type names count as `text`. */
export function labelSchema(options: Readonly<Record<string, unknown>>): Map<string, LabelType> {
  const schema = new Map<string, LabelType>();
  const raw = options.schema;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [key, type] of Object.entries(raw as Record<string, unknown>)) {
      const t = String(type).toLowerCase();
      schema.set(key, (LABEL_TYPES as readonly string[]).includes(t) ? (t as LabelType) : 'text');
    }
  } else if (Array.isArray(raw)) {
    for (const key of raw) schema.set(String(key), 'text');
  }
  return schema;
}

export function labelEntries(model: DockerfileModel, instructions: readonly InstructionNode[] = model.instructions): LabelEntry[] {
  const out: LabelEntry[] = [];
  for (const node of instructions) {
    const i = node.trigger ?? node;
    if (i.keyword !== 'LABEL') continue;
    for (const p of i.properties) {
      if (!p.name) continue;
      out.push({
        instruction: i,
        key: p.name,
        keyStart: p.nameStart,
        keyEnd: p.nameEnd,
        value: p.value ?? '',
        valueStart: p.valueStart,
        valueEnd: p.valueEnd,
        siblings: i.properties.length,
      });
    }
  }
  return out;
}

/** Labels set in a stage and the stages it builds on. */
export function chainLabels(model: DockerfileModel, stage: Stage): LabelEntry[] {
  return stageChain(stage).flatMap((s) => labelEntries(model, s.instructions));
}
