import type { Node, Range, YAMLMap } from 'yaml';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { walkDocument } from '../../model/compose/walk';
import { isMergeKey, keyText } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'yaml-duplicate-key',
  target: 'compose',
  category: 'yaml',
  severity: 'error',
  summary: 'The same key appears twice in one mapping.',
  docs: {
    description:
      'YAML forbids repeating a key in one mapping, and Compose refuses the file ("mapping key already defined"). Tools ' +
      'that tolerate it silently keep one of the two values, so half of what you wrote is ignored. Usually two edits of the ' +
      'same service that should be merged into one block.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    image: nginx:1.26',
    correct: 'services:\n  web:\n    image: nginx:1.27',
    notes: 'Keys that a `<<` merge brings in and the mapping overrides are not duplicates: overriding is what merge keys are for. Two `<<` keys are `yaml-merge-key-duplicate`.',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const doc of ctx.model.yamlDocs) {
    for (const map of walkDocument(doc).maps) if (map.items.length > 1) checkMap(ctx, map);
  }
}

function checkMap(ctx: RuleContext<ComposeModel>, map: YAMLMap): void {
  // The name each pair is checked under ('' when it is not checked). A key without a range is skipped below, so its
  // range is read only then: in a large file each read of another object is a likely cache miss, for every pair.
  const names = map.items.map((pair) => (isMergeKey(pair.key) ? '' : keyText(pair)));
  if (!repeats(names)) return;
  const first = new Map<string, Range>();
  for (let i = 0; i < map.items.length; i++) {
    const span = (map.items[i]!.key as Node | null)?.range;
    const name = names[i]!;
    if (!span || name === '') continue;
    const earlier = first.get(name);
    if (!earlier) {
      first.set(name, span);
      continue;
    }
    const line = ctx.document.positionAt(earlier[0]).line + 1;
    ctx.report({
      range: ctx.range(span[0], span[1]),
      message: `Duplicate key ${code(name)}: it is already defined on line ${line} of this mapping.`,
      related: [{ range: ctx.range(earlier[0], earlier[1]), message: `First ${code(name)}` }],
    });
  }
}

/**
 * True when a name other than '' occurs twice. Most mappings have no repeat and a few keys: compared pairwise,
 * without building a set for each mapping of the file.
 */
function repeats(names: readonly string[]): boolean {
  if (names.length > 16) {
    const seen = new Set<string>();
    for (const name of names) {
      if (name === '') continue;
      if (seen.has(name)) return true;
      seen.add(name);
    }
    return false;
  }
  for (let i = 0; i < names.length; i++) {
    if (names[i] === '') continue;
    for (let j = i + 1; j < names.length; j++) if (names[j] === names[i]) return true;
  }
  return false;
}
