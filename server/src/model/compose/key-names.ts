/**
 * One shared string for each key name the Compose model knows (`image`, `ports`, `depends_on`…), which the reader
 * gives a plain key written in the text instead of a new slice of it. A large file writes the same few dozen keys
 * thousands of times: as slices they were thousands of live strings, each compared character by character
 * wherever a rule looks a key up. The shared ones are the same strings as the literals in the rules, so those
 * comparisons are by reference, and reading a key allocates nothing.
 */
import { composeRoot } from '../../knowledge/compose/spec';
import type { ComposeNode } from '../../knowledge/compose/types';

/** Longest key name looked up; longer keys are sliced. */
const MAX_LENGTH = 40;

/** The known names by length and first character (see `slot`), a few per slot. */
let table: (string[] | undefined)[] | undefined;

const slot = (length: number, first: number): number => length * 128 + (first & 127);

/** The known key name written at `start` to `end` of `text`, or undefined for any other name. */
export function knownKeyName(text: string, start: number, end: number): string | undefined {
  const length = end - start;
  if (length > MAX_LENGTH) return undefined;
  const names = (table ??= buildTable())[slot(length, text.charCodeAt(start))];
  if (names === undefined) return undefined;
  for (let i = 0; i < names.length; i++) if (text.startsWith(names[i]!, start)) return names[i];
  return undefined;
}

function buildTable(): (string[] | undefined)[] {
  const out: (string[] | undefined)[] = new Array((MAX_LENGTH + 1) * 128).fill(undefined);
  for (const name of keyNames()) {
    if (name.length > MAX_LENGTH) continue;
    const at = slot(name.length, name.charCodeAt(0));
    (out[at] ??= []).push(name);
  }
  return out;
}

/** Every fixed key of the Compose model, at any depth. */
function keyNames(): Set<string> {
  const names = new Set<string>();
  const seen = new Set<ComposeNode>();
  const visit = (node: ComposeNode): void => {
    if (seen.has(node)) return;
    seen.add(node);
    if (node.kind === 'mapping') {
      for (const [name, def] of Object.entries(node.properties)) {
        names.add(name);
        visit(def.node);
      }
      if (node.additional) visit(node.additional.node);
    } else if (node.kind === 'sequence') visit(node.items);
    else if (node.kind === 'oneOf') for (const option of node.options) visit(option);
  };
  visit(composeRoot);
  return names;
}
