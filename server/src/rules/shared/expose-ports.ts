/** EXPOSE arguments split into host part, port or range, and protocol, with offsets relative to the word. */
import { expandVariables } from '../../model/dockerfile/variables';
import type { InstructionNode, Word } from '../../model/dockerfile/types';

export interface ExposeSpec {
  word: Word;
  /** The value after variable expansion. */
  value: string;
  /** True when the value was written literally (offsets inside the word are exact). */
  literal: boolean;
  /** `ip:` or `host:` prefix, '' when none; `hostEnd` is its length including the last `:`. */
  host: string;
  hostEnd: number;
  /** The port or `start-end` range. */
  port: string;
  portStart: number;
  /** Protocol after `/`, '' when none; `protoStart` is its offset in the value. */
  proto: string;
  protoStart: number;
}

/** Every EXPOSE word with a value the file can know; unresolved variables are skipped. */
export function exposeSpecs(instruction: InstructionNode, escape: string): ExposeSpec[] {
  const out: ExposeSpec[] = [];
  for (const word of instruction.args) {
    const expanded = expandVariables(word.value, instruction.scope, escape).value;
    if (expanded === undefined) continue;
    // A variable may hold several ports.
    for (const value of expanded.split(/\s+/).filter((v) => v !== '')) {
      const slash = value.indexOf('/');
      const main = slash < 0 ? value : value.slice(0, slash);
      const colon = main.lastIndexOf(':');
      out.push({
        word,
        value,
        literal: value === word.value,
        host: colon < 0 ? '' : main.slice(0, colon),
        hostEnd: colon + 1,
        port: main.slice(colon + 1),
        portStart: colon + 1,
        proto: slash < 0 ? '' : value.slice(slash + 1),
        protoStart: slash + 1,
      });
    }
  }
  return out;
}
