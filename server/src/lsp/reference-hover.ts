/**
 * Reference docs on hover: Dockerfile instruction keywords, flags, parser directives and variables (with
 * their resolved value); Compose keys (our Compose model's description) and references (the definition).
 */
import type { Model } from '../engine/lint';
import type { Range } from '../engine/types';
import { getDirectiveDoc, getFlagDoc, getInstructionDoc, getPredefinedArg } from '../knowledge/dockerfile';
import { describePath } from '../knowledge/compose';
import type { ComposeModel } from '../model/compose/types';
import { pathAt } from '../model/compose/path-at';
import type { DockerfileModel, InstructionNode, Variable } from '../model/dockerfile/types';

export interface ReferenceHover {
  markdown: string;
  range: Range;
}

export function referenceHover(model: Model, offset: number): ReferenceHover | undefined {
  return model.kind === 'dockerfile' ? dockerfileHover(model, offset) : composeHover(model, offset);
}

function span(model: Model, start: number, end: number): Range {
  return { start: model.document.positionAt(start), end: model.document.positionAt(end) };
}

function fence(lang: string, text: string): string {
  return '```' + lang + '\n' + text.trimEnd() + '\n```';
}

function dockerfileHover(model: DockerfileModel, offset: number): ReferenceHover | undefined {
  for (const d of model.directives) {
    if (offset >= d.nameStart && offset <= d.nameEnd) {
      const doc = getDirectiveDoc(d.name);
      if (doc) return { markdown: `**# ${doc.name}=** (parser directive) — ${doc.summary}\n\n${doc.details}\n\n${fence('dockerfile', doc.example)}`, range: span(model, d.nameStart, d.nameEnd) };
    }
  }
  const instruction = model.instructions.find((i) => offset >= i.start && offset <= i.end);
  if (!instruction) return undefined;
  const inner = instruction.trigger && offset >= instruction.trigger.start ? instruction.trigger : instruction;
  if (offset >= inner.keywordStart && offset <= inner.keywordEnd) {
    const doc = getInstructionDoc(inner.keyword);
    if (!doc) return undefined;
    const deprecated = doc.deprecated ? `\n\n**Deprecated:** ${doc.deprecated}` : '';
    return {
      markdown: `**${doc.keyword}** — ${doc.summary}${deprecated}\n\n${fence('dockerfile', doc.syntax.join('\n'))}\n\n${doc.details}\n\nExample:\n\n${fence('dockerfile', doc.example)}`,
      range: span(model, inner.keywordStart, inner.keywordEnd),
    };
  }
  for (const flag of inner.flags) {
    if (offset >= flag.start && offset <= flag.nameEnd) {
      const doc = getFlagDoc(inner.keyword, flag.name);
      if (!doc) return undefined;
      const values = doc.values ? `\n\nValues: ${doc.values.map((v) => '`' + v + '`').join(', ')}` : '';
      const since = doc.minFrontend ? `\n\nNeeds \`# syntax=docker/dockerfile:${doc.minFrontend}\` or newer.` : '';
      return { markdown: `**${inner.keyword} --${doc.name}** — ${doc.summary}\n\n${doc.details}${values}${since}`, range: span(model, flag.start, flag.nameEnd) };
    }
  }
  return variableHover(model, inner, offset);
}

/** `$NAME`, `${NAME…}` or the name in `ARG NAME`: what it holds here. */
function variableHover(model: DockerfileModel, instruction: InstructionNode, offset: number): ReferenceHover | undefined {
  const text = model.text;
  let start = offset;
  while (start > instruction.start && /[A-Za-z0-9_]/.test(text[start - 1])) start--;
  let end = offset;
  while (end < instruction.end && /[A-Za-z0-9_]/.test(text[end])) end++;
  if (end <= start || !/^[A-Za-z_]/.test(text[start])) return undefined;
  const name = text.slice(start, end);
  const isReference = text[start - 1] === '$' || (text[start - 1] === '{' && text[start - 2] === '$');
  const isDeclaration = (instruction.keyword === 'ARG' || instruction.keyword === 'ENV') && instruction.args.some((a) => a.start === start);
  if (!isReference && !isDeclaration) return undefined;
  const scope = instruction.keyword === 'FROM' ? model.globalScope : instruction.scope;
  const variable = scope.get(name);
  const predefined = getPredefinedArg(name);
  const parts: string[] = [];
  parts.push(`**${name}** — ${describeVariable(variable, instruction)}`);
  if (variable?.value !== undefined) parts.push(`Value here: \`${variable.value === '' ? '(empty)' : variable.value}\`${variable.fromBuildArgs ? ', the build arg every compose or Bake build of this file passes' : ''}`);
  else if (variable?.fromBuildArgs) parts.push('Its value depends on the build: the compose or Bake builds of this file pass different values, or one the workspace cannot tell (from the environment, or interpolated).');
  if (predefined) {
    parts.push(predefined.summary, predefined.details);
    if (predefined.examples) parts.push(`In a \`--platform linux/amd64,linux/arm64\` build: \`${predefined.examples['linux/amd64']}\` and \`${predefined.examples['linux/arm64']}\`.`);
  }
  if (!variable && !predefined) {
    // A global ARG is visible in a stage only once the stage declares it again.
    if (!model.globalScope.has(name) || instruction.keyword === 'FROM') return undefined;
    parts.push(`A global \`ARG ${name}\` exists, but a stage sees it only after \`ARG ${name}\` inside the stage; here it expands to nothing.`);
  }
  return { markdown: parts.join('\n\n'), range: span(model, start, end) };
}

function describeVariable(variable: Variable | undefined, instruction: InstructionNode): string {
  if (!variable) return instruction.keyword === 'FROM' ? 'not declared before the first `FROM`' : 'not declared in this stage';
  switch (variable.kind) {
    case 'global-arg':
      return 'build argument declared before the first `FROM`';
    case 'arg':
      return 'build argument of this stage';
    case 'env':
      return 'environment variable (`ENV`)';
    case 'predefined':
      return 'predefined build argument';
  }
}

function composeHover(model: ComposeModel, offset: number): ReferenceHover | undefined {
  const ref = model.references.find((r) => offset >= r.start && offset <= r.end);
  if (ref) {
    const def = model.definitions[ref.kind].get(ref.name);
    if (def) {
      const end = def.value && 'range' in def.value && def.value.range ? def.value.range[1] : def.end;
      const lines = model.text.slice(model.text.lastIndexOf('\n', def.start) + 1, end).split('\n').slice(0, 12);
      return { markdown: `**${ref.kind} \`${ref.name}\`**, defined on line ${model.document.positionAt(def.start).line + 1}:\n\n${fence('yaml', lines.join('\n'))}`, range: span(model, ref.start, ref.end) };
    }
  }
  const at = pathAt(model, offset);
  if (!at || at.on !== 'key') return undefined;
  const doc = describePath(at.path);
  if (!doc) return undefined;
  const parts = [`**${doc.key}** — ${doc.typeText}`, doc.description];
  if (doc.deprecated) parts.push(`**Deprecated:** ${doc.deprecated}`);
  if (doc.allowedValuesText) parts.push(`Allowed: ${doc.allowedValuesText}`);
  else if (doc.allowedValues) parts.push(`Allowed: ${doc.allowedValues.map((v) => '`' + v + '`').join(', ')}`);
  if (doc.example) parts.push(fence('yaml', doc.example));
  return { markdown: parts.join('\n\n'), range: span(model, at.start, at.end) };
}
