/**
 * Runs our Compose model's validator (`validateValue`) once per file and maps each problem back to
 * the YAML node it is about: the key for an unknown, misnamed or deprecated key, the value for a bad
 * value, the key of the mapping that lacks a required key. The schema rules each take their kinds.
 * Content merged from an anchor is validated where it lands but reported once, at the anchor.
 */
import { isMap, Node, Pair } from 'yaml';
import { nodeAtPath, validateValue, type Problem, type ProblemKind } from '../../knowledge/compose';
import type { ComposeModel } from '../../model/compose/types';
import { composeTree, entryAt, spanOf, type TreeDocument } from './compose-tree';
import { AnswerCache } from '../../model/once-per';

export interface LocatedProblem {
  problem: Problem;
  start: number;
  end: number;
  doc: TreeDocument;
}

const cache = new AnswerCache<ComposeModel, LocatedProblem[]>();

/** Every schema problem of the file with its source span, each span reported once per kind. */
export function schemaProblems(model: ComposeModel): LocatedProblem[] {
  let located = cache.get(model);
  if (located) return located;
  located = [];
  const tree = composeTree(model);
  const seen = new Set<string>();
  if (!tree.exceededAt) {
    for (const doc of tree.docs) {
      if (!isMap(doc.doc.contents) && !(doc.value && typeof doc.value === 'object' && !Array.isArray(doc.value))) continue;
      for (const problem of validateValue([], doc.value)) {
        const span = problemSpan(doc, problem);
        if (!span) continue;
        const id = `${problem.kind}:${span[0]}:${span[1]}`;
        if (seen.has(id)) continue;
        seen.add(id);
        located.push({ problem, start: span[0], end: span[1], doc });
      }
    }
  }
  cache.set(model, located);
  return located;
}

/** The problems of the given kinds. */
export function problemsOfKind(model: ComposeModel, ...kinds: ProblemKind[]): LocatedProblem[] {
  return schemaProblems(model).filter((p) => kinds.includes(p.problem.kind));
}

/** Where a problem is shown (catalog convention 1). */
export function problemSpan(doc: TreeDocument, problem: Problem): [number, number] | undefined {
  const entry = entryAt(doc, problem.path);
  if (!entry) return undefined;
  const key = spanOf(entry.key);
  const value = spanOf(entry.value);
  switch (problem.kind) {
    case 'unknown-key':
    case 'invalid-name':
    case 'deprecated':
      return key ?? value;
    case 'required': {
      if (key) return key;
      // A list item or the root: point at the mapping's first key.
      const first = isMap(entry.value) ? spanOf((entry.value.items[0] as Pair | undefined)?.key as Node | undefined) : undefined;
      return first ?? value;
    }
    default:
      return value && value[1] > value[0] ? value : key ?? value;
  }
}

const YAML11_BOOLEAN = /^(y|yes|on|n|no|off)$/i;

/** True when the key at `path` holds a boolean (alone or beside a string form). */
export function isBooleanField(path: readonly (string | number)[]): boolean {
  const resolved = nodeAtPath(path);
  if (!resolved || resolved.kind !== 'node') return false;
  const options = resolved.node.kind === 'oneOf' ? resolved.node.options : [resolved.node];
  const scalars = options.filter((o) => o.kind === 'scalar');
  // A field that also takes any string (an `environment` value) keeps `yes` as the string it is.
  if (scalars.some((o) => o.types.includes('string') && o.format === undefined && !o.enum && !o.pattern)) return false;
  return scalars.some((o) => o.types.includes('boolean') || o.format === 'boolean');
}

/** A YAML 1.1 boolean word (`yes`, `off`…), wherever it is written. */
export function isYaml11BooleanWord(value: unknown): value is string {
  // Every such word has at most three letters: most values are ruled out without the regex.
  return typeof value === 'string' && value.length <= 3 && YAML11_BOOLEAN.test(value);
}

/** A YAML 1.1 boolean word (`yes`, `off`…) written on a boolean field. */
export function isYaml11Boolean(path: readonly (string | number)[], value: unknown): boolean {
  return isYaml11BooleanWord(value) && isBooleanField(path);
}
