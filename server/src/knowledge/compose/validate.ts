// A small structural validator over plain values from `yaml`'s `toJS()`. Interpolation-aware:
// a string holding `$VAR` or `${…}` satisfies any scalar type, enum, pattern or format, because
// its real value is only known after interpolation.
import { hasInterpolation, isIntegerString, isNumberString, parseBooleanString, parseByteSize, parseDuration } from './formats';
import { capitalize, locationOf, renderSegments, subjectOf } from './location';
import { flattenOptions, matchKey, propertyOf, resolvePath, typeTextWithArticles } from './resolve';
import { RESOURCE_NAME_PATTERN } from './spec';
import { suggestForMapping } from './suggest';
import type { ComposeNode, ComposePath, MappingNode, PropertyDef, ScalarNode, SequenceNode } from './types';

export type ProblemKind =
  | 'unknown-key'
  | 'invalid-name'
  | 'type'
  | 'enum'
  | 'pattern'
  | 'format'
  | 'range'
  | 'required'
  | 'duplicate'
  | 'deprecated';

export interface Problem {
  /** Where the problem is: the offending key or value; for `required`, the mapping missing the key. */
  readonly path: (string | number)[];
  readonly message: string;
  readonly kind: ProblemKind;
  /** For `unknown-key`: the suggested replacement (a key, or a dotted path such as `deploy.restart_policy`). */
  readonly suggestion?: string;
  /** For `unknown-key`: a top-level mapping with `image` or `build`, a service of the version 1 format. */
  readonly v1Service?: true;
}

/** Validates `value` as the content found at `path` of a Compose document ([] = the whole file). */
export function validateValue(path: ComposePath, value: unknown): Problem[] {
  // An empty file is fine while typing; a non-mapping root is reported by its own rule too.
  if (path.length === 0 && (value === null || value === undefined)) return [];
  const resolution = resolvePath(path);
  if (!resolution || resolution.kind !== 'node') return [];
  const last = resolution.steps[resolution.steps.length - 1];
  const problems: Problem[] = [];
  validateNode(resolution.node, value, [...path], last?.viaIndex ? undefined : last?.property, problems);
  return problems;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (isMapping(value)) return 'a mapping';
  if (typeof value === 'string') return `\`${value}\``;
  return `a ${typeof value} (\`${String(value)}\`)`;
}

function typeProblem(node: ComposeNode, value: unknown, path: (string | number)[]): Problem {
  return {
    path: path.slice(),
    kind: 'type',
    message: `${capitalize(subjectOf(path))} must be ${typeTextWithArticles(node)}, not ${describeValue(value)}.`,
  };
}

// One path array travels through the whole validation (a segment pushed on the way down, popped on the way
// back): a problem takes a copy of it. Copying the path for every key and item cost more than the checks.
function validateNode(node: ComposeNode, value: unknown, path: (string | number)[], def: PropertyDef | undefined, out: Problem[]): void {
  switch (node.kind) {
    case 'any':
      return;
    case 'scalar': {
      const problem = checkScalar(node, value, path, def);
      if (problem) out.push(problem);
      return;
    }
    case 'mapping':
      validateMapping(node, value, path, out);
      return;
    case 'sequence':
      validateSequence(node, value, path, out);
      return;
    case 'oneOf':
      validateOneOf(node, value, path, def, out);
      return;
  }
}

// ---- scalars ----------------------------------------------------------------------------

type JsScalar = 'string' | 'number' | 'boolean' | 'null';

function jsScalarType(value: unknown): JsScalar | undefined {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return undefined;
}

/** Whether the scalar node takes values of this JS type at all (formats and enums aside). */
function acceptsJsType(node: ScalarNode, value: unknown): boolean {
  const type = jsScalarType(value);
  switch (type) {
    case 'string':
      return node.types.includes('string') || hasInterpolation(value as string);
    case 'number':
      return node.types.includes('number') || (node.types.includes('integer') && Number.isInteger(value));
    case 'boolean':
      return node.types.includes('boolean');
    case 'null':
      return node.types.includes('null');
    default:
      return false;
  }
}

function checkScalar(node: ScalarNode, value: unknown, path: (string | number)[], def: PropertyDef | undefined): Problem | undefined {
  if (typeof value === 'string' && hasInterpolation(value)) return undefined;
  if (!acceptsJsType(node, value)) {
    if (typeof value === 'number' && node.types.includes('integer')) {
      return { path: path.slice(), kind: 'type', message: `${capitalize(subjectOf(path))} must be a whole number, not \`${value}\`.` };
    }
    return typeProblem(node, value, path);
  }
  if (typeof value === 'number') return checkRange(node, value, path);
  if (typeof value !== 'string') return undefined;
  return checkString(node, value, path, def);
}

function checkRange(node: ScalarNode, value: number, path: (string | number)[]): Problem | undefined {
  const { minimum, maximum } = node;
  const tooLow = minimum !== undefined && value < minimum;
  const tooHigh = maximum !== undefined && value > maximum;
  if (!tooLow && !tooHigh) return undefined;
  const subject = capitalize(subjectOf(path));
  let message: string;
  if (minimum !== undefined && maximum !== undefined) message = `${subject} must be between ${minimum} and ${maximum}.`;
  else if (minimum !== undefined) message = `${subject} must be at least ${minimum}.`;
  else message = `${subject} must be at most ${maximum}.`;
  return { path: path.slice(), kind: 'range', message };
}

function checkString(node: ScalarNode, value: string, path: (string | number)[], def: PropertyDef | undefined): Problem | undefined {
  // Naming the subject resolves the path from the root: only done for a value that has a problem.
  const subject = (): string => capitalize(subjectOf(path));
  switch (node.format) {
    case 'boolean':
      if (parseBooleanString(value) === undefined) {
        return { path: path.slice(), kind: 'type', message: `${subject()} must be a boolean (true or false), not \`${value}\`.` };
      }
      return undefined;
    case 'integer':
      if (!isIntegerString(value)) return { path: path.slice(), kind: 'type', message: `${subject()} must be an integer, not \`${value}\`.` };
      return checkRange(node, Number(value), path);
    case 'number':
      if (!isNumberString(value)) return { path: path.slice(), kind: 'type', message: `${subject()} must be a number, not \`${value}\`.` };
      return checkRange(node, Number(value), path);
    case 'duration':
      if (parseDuration(value) === undefined) {
        return { path: path.slice(), kind: 'format', message: `${subject()} must be a duration such as \`30s\` or \`1m30s\`, not \`${value}\`.` };
      }
      return undefined;
    case 'bytes':
      if (parseByteSize(value) === undefined) {
        return { path: path.slice(), kind: 'format', message: `${subject()} must be a byte size such as \`512m\` or \`1g\`, not \`${value}\`.` };
      }
      return undefined;
    default:
      break;
  }
  if (node.enum && !node.enum.includes(value)) {
    const allowed = def?.allowedValuesText ?? node.enum.join(', ');
    return { path: path.slice(), kind: 'enum', message: `${subject()} must be one of ${allowed}.` };
  }
  if (node.pattern && !wholeValuePattern(node.pattern).test(value)) {
    if (def?.allowedValuesText) {
      return { path: path.slice(), kind: 'enum', message: `${subject()} must be one of ${def.allowedValuesText}.` };
    }
    return { path: path.slice(), kind: 'pattern', message: `${subject()} must match \`${node.pattern}\`, not \`${value}\`.` };
  }
  return undefined;
}

const wholeValuePatterns = new Map<string, RegExp>();

/** Patterns in the model are matched against the whole value. */
function wholeValuePattern(pattern: string): RegExp {
  let regex = wholeValuePatterns.get(pattern);
  if (!regex) {
    regex = new RegExp(`^(?:${pattern})$`);
    wholeValuePatterns.set(pattern, regex);
  }
  return regex;
}

// ---- mappings and sequences -------------------------------------------------------------

function validateMapping(node: MappingNode, value: unknown, path: (string | number)[], out: Problem[]): void {
  if (value === null || value === undefined) {
    if (!node.nullable) out.push(typeProblem(node, value, path));
    return;
  }
  if (!isMapping(value)) {
    out.push(typeProblem(node, value, path));
    return;
  }
  for (const key of Object.keys(value)) {
    if (key === '<<') continue; // merge keys are resolved by the parser; never report them here
    const child = value[key];
    path.push(key);
    validateEntry(node, key, child, path, out);
    path.pop();
  }
  for (const key of node.required ?? []) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) {
      out.push({ path: path.slice(), kind: 'required', message: `Missing required key \`${key}\` ${locationOf(path)}.` });
    }
  }
}

/** A mapping with an `image` or `build`: at the top level, a service of the version 1 format (no `services:`). */
function looksLikeService(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && ('image' in value || 'build' in value);
}

/** Validates the value of one key of a mapping; `path` ends with the key. */
function validateEntry(node: MappingNode, key: string, child: unknown, path: (string | number)[], out: Problem[]): void {
  // Most keys are fixed properties: looked up without building a match.
  const property = propertyOf(node, key);
  if (property) {
    if (property.deprecated) {
      out.push({ path: path.slice(), kind: 'deprecated', message: `${capitalize(subjectOf(path))} is deprecated. ${property.deprecated}` });
    }
    validateNode(property.node, child, path, property, out);
    return;
  }
  const match = matchKey(node, key);
  switch (match.via) {
    case 'entry':
      validateNode(match.property.node, child, path, match.property, out);
      break;
    case 'bad-name': {
      const label = match.mapping.entryLabel ?? 'entry';
      const rule = match.mapping.keyPattern === RESOURCE_NAME_PATTERN
        ? 'use only letters, digits, `.`, `_` and `-`'
        : `it must match \`${match.mapping.keyPattern ?? ''}\``;
      out.push({ path: path.slice(), kind: 'invalid-name', message: `\`${key}\` is not a valid ${label} name: ${rule}.` });
      break;
    }
    case 'unknown': {
      if (path.length === 1 && looksLikeService(child)) {
        out.push({
          path: path.slice(),
          kind: 'unknown-key',
          message: `Unknown key \`${key}\` at the top level: it looks like a service in the old version 1 format, which Compose no longer reads. Move it under \`services:\`.`,
          v1Service: true,
        });
        break;
      }
      const suggestion = suggestForMapping(node, key);
      const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
      const where = locationOf(path.slice(0, -1));
      const problem: Problem = suggestion
        ? { path: path.slice(), kind: 'unknown-key', message: `Unknown key \`${key}\` ${where}.${hint}`, suggestion }
        : { path: path.slice(), kind: 'unknown-key', message: `Unknown key \`${key}\` ${where}.` };
      out.push(problem);
      break;
    }
    // 'property' was handled above; 'extension' and 'open' keys take any value.
  }
}

/** A stable text form for comparing list items (mapping keys sorted). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isMapping(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function validateSequence(node: SequenceNode, value: unknown, path: (string | number)[], out: Problem[]): void {
  if (!Array.isArray(value)) {
    out.push(typeProblem(node, value, path));
    return;
  }
  const seen = new Set<string>();
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    path.push(index);
    validateNode(node.items, item, path, undefined, out);
    path.pop();
    if (!node.unique) continue;
    const key = canonical(item);
    if (seen.has(key)) {
      const shown = typeof item === 'string' || typeof item === 'number' ? String(item) : key;
      out.push({ path: [...path, index], kind: 'duplicate', message: `Duplicate item \`${shown}\` in \`${renderSegments(path.slice(-1))}\`.` });
    }
    seen.add(key);
  }
}

// ---- alternatives -----------------------------------------------------------------------

/** Whether an option is the right shape for the value (mapping for objects, list for arrays…). */
function shapeFits(option: ComposeNode, value: unknown): boolean {
  switch (option.kind) {
    case 'any':
      return true;
    case 'mapping':
      return isMapping(value) || ((value === null || value === undefined) && option.nullable === true);
    case 'sequence':
      return Array.isArray(value);
    case 'scalar':
      return jsScalarType(value) !== undefined && acceptsJsType(option, value);
    case 'oneOf':
      return false; // flattened before use
  }
}

function validateOneOf(node: ComposeNode, value: unknown, path: (string | number)[], def: PropertyDef | undefined, out: Problem[]): void {
  const options = flattenOptions(node);
  let fitting = 0;
  let only: ComposeNode | undefined;
  for (const option of options) {
    if (!shapeFits(option, value)) continue;
    fitting++;
    only = option;
  }
  if (fitting === 0) {
    out.push(typeProblem(node, value, path));
    return;
  }
  // Usually the shape alone decides (a list or a mapping): its problems are the answer.
  if (fitting === 1) {
    validateNode(only!, value, path, def, out);
    return;
  }
  let best: Problem[] | undefined;
  for (const candidate of options) {
    if (!shapeFits(candidate, value)) continue;
    const problems: Problem[] = [];
    validateNode(candidate, value, path, def, problems);
    if (problems.length === 0) return;
    if (!best || problems.length < best.length) best = problems;
  }
  out.push(...(best ?? []));
}
