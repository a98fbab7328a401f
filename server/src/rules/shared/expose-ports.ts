/** EXPOSE arguments split into host part, port or range, and protocol, with offsets relative to the word. */
import { expandVariables } from '../../model/dockerfile/variables';
import type { InstructionNode, Word } from '../../model/dockerfile/types';
import { oncePer } from '../../model/once-per';

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

/**
 * Every EXPOSE word with a value the file can know; unresolved variables are skipped. Kept per instruction
 * (the escape follows from its model), as three EXPOSE rules ask (shared, read-only).
 */
export const exposeSpecs = oncePer((instruction: InstructionNode, escape: string): readonly ExposeSpec[] => {
  const out: ExposeSpec[] = [];
  for (const word of instruction.args) {
    const expanded = expandVariables(word.value, instruction.scope, escape).value;
    if (expanded === undefined) continue;
    // A variable may hold several ports.
    if (!WHITE_SPACE.test(expanded)) {
      if (expanded !== '') out.push(exposeSpec(word, expanded));
      continue;
    }
    for (const value of expanded.split(/\s+/)) if (value !== '') out.push(exposeSpec(word, value));
  }
  return out;
});

const WHITE_SPACE = /\s/;

function exposeSpec(word: Word, value: string): ExposeSpec {
  const slash = value.indexOf('/');
  const main = slash < 0 ? value : value.slice(0, slash);
  const colon = main.lastIndexOf(':');
  return {
    word,
    value,
    literal: value === word.value,
    host: colon < 0 ? '' : main.slice(0, colon),
    hostEnd: colon + 1,
    port: main.slice(colon + 1),
    portStart: colon + 1,
    proto: slash < 0 ? '' : value.slice(slash + 1),
    protoStart: slash + 1,
  };
}
