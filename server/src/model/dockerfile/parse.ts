/**
 * Builds the Dockerfile model: one parse per document version, read by every rule, hover and fix.
 */
import { Arg, Env, Instruction, Label, Onbuild } from 'dockerfile-ast';
import './ast-speedups';
import { Position, TextDocument } from 'vscode-languageserver-textdocument';
import { EMPTY_LIST } from '../empty-list';
import { contiguous, joinContinuations } from '../mapped-text';
import { baseName, lexShell, SHELLS } from '../shell';
import { parseDirectiveLines } from './directives';
import { EXEC_FORM_KEYWORDS, parseExecForm } from './exec-form';
import { escapeCharacter, flagCount, readFlags, ScannedInstruction, scanInstructions, triggerOf } from './scan';
import { ScopeTable } from './scopes';
import { simpleProperties } from './simple-properties';
import { expandVariables, unquoteWord } from './variables';
import type {
  Comment, DockerfileModel, Heredoc, HeredocSpan, InstructionNode, Property, Scope, Stage, Variable, Word,
} from './types';

/** Variables BuildKit defines in the global scope of every build. */
export const PREDEFINED_PLATFORM_ARGS = [
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
];
const PREDEFINED = new Set(PREDEFINED_PLATFORM_ARGS);
const PROPERTY_KEYWORDS = new Set(['ENV', 'LABEL', 'ARG']);

/**
 * `buildArgs`: the `--build-arg` values the workspace's builds pass (compose `build.args`, Bake `args`); they
 * override ARG defaults, and undefined marks a value that depends on the build.
 */
export function parseDockerfile(text: string, uri = 'file:///Dockerfile', buildArgs?: ReadonlyMap<string, string | undefined>): DockerfileModel {
  const document = TextDocument.create(uri, 'dockerfile', 0, text);
  const escape = escapeCharacter(text);
  const heredocLines = new Set<number>();

  const ctx = { document, text, escape, heredocLines };
  // map: a list of the exact size.
  const instructions = scanInstructions(text, escape).map((scanned, index) => buildInstruction(scanned, index, ctx));

  const directiveLines = parseDirectiveLines(text, heredocLines);
  const directives = directiveLines.filter((d) => d.inBlock);
  const comments = collectComments(text, heredocLines, new Set(directives.map((d) => d.line)));
  const { stages, globalScope } = buildStages(instructions, escape, buildArgs ?? NO_BUILD_ARGS);
  return { kind: 'dockerfile', document, text, escape, directives, directiveLines, comments, instructions, stages, globalScope, heredocLines };
}

/** Every `#` line outside heredoc bodies and the directive block (dockerfile-ast skips a comment on line 1). */
function collectComments(text: string, heredocLines: ReadonlySet<number>, directiveLines: ReadonlySet<number>): Comment[] {
  const comments: Comment[] = [];
  let start = 0;
  for (let line = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Only a line whose first non-blank character is `#` is a comment: skip the others without slicing.
    let first = text.charCodeAt(start) === 0xfeff ? start + 1 : start;
    while (first < end && (text[first] === ' ' || text[first] === '\t')) first++;
    if (text[first] === '#' && !heredocLines.has(line) && !directiveLines.has(line)) {
      const raw = text.slice(start, end).replace(/\r$/, '');
      const m = /^(\uFEFF?[ \t]*#[ \t]*)(.*?)\s*$/.exec(raw);
      if (m) comments.push({ text: m[2], line, start: start + raw.indexOf('#'), end: start + raw.length, textStart: start + m[1].length });
    }
    start = end + 1;
  }
  return comments;
}

interface BuildContext {
  document: TextDocument;
  text: string;
  escape: string;
  heredocLines: Set<number>;
}

/**
 * `onbuild`: the ONBUILD instruction, when `scanned` is the instruction it wraps. ENV/LABEL/ARG pairs are still
 * read by dockerfile-ast, which is handed the instruction alone; heredocs come from scan.ts.
 */
function buildInstruction(scanned: ScannedInstruction, index: number, ctx: BuildContext, onbuild?: ScannedInstruction): InstructionNode {
  const { document, text } = ctx;
  const { start, end, words } = scanned;
  const keyword = scanned.rawKeyword.toUpperCase();
  // Pairs of a plain one-line ENV/LABEL/ARG are read here; the rest by dockerfile-ast.
  const simple = PROPERTY_KEYWORDS.has(keyword) && onbuild === undefined ? simpleProperties(text, scanned.keywordEnd, end, words, ctx.escape) : undefined;
  const properties = PROPERTY_KEYWORDS.has(keyword) && simple === undefined;
  const ast = properties ? astInstruction(onbuild ?? scanned, onbuild !== undefined, document, ctx.escape) : undefined;

  // An ONBUILD's heredocs are its trigger's: scan.ts reads them with the ONBUILD.
  const line = onbuild ?? scanned;
  const heredocs = line.heredocs.length > 0 ? buildHeredocs(line.heredocs, ctx) : EMPTY_LIST;
  const bodyStart = line.lineEnd;

  // The words after the flags, up to the heredoc bodies: the scanned list itself when that is all of it (it has the
  // exact size), else a slice.
  const argsFrom = flagCount(keyword, words);
  let argsTo = argsFrom;
  while (argsTo < words.length && words[argsTo].start < bodyStart) argsTo++;
  const sliced = argsFrom === 0 && argsTo === words.length ? words : words.slice(argsFrom, argsTo);
  const args = heredocs.some(isSpaced) ? joinSpacedMarkers(sliced, heredocs) : sliced;
  const argsStart = args.length > 0 ? args[0].start : Math.min(scanned.keywordEnd, bodyStart);
  const argsText = args.length > 0 ? joinContinuations(text, argsStart, bodyStart, ctx.escape) : contiguous('', argsStart);

  const jsonStrings = EXEC_FORM_KEYWORDS.has(keyword) ? parseExecForm(argsText) : undefined;
  const instruction: InstructionNode = {
    index,
    keyword,
    rawKeyword: scanned.rawKeyword,
    keywordStart: scanned.keywordStart,
    keywordEnd: scanned.keywordEnd,
    start,
    end,
    line: document.positionAt(start).line,
    endLine: document.positionAt(end).line,
    flags: readFlags(text, keyword, words, argsFrom),
    args,
    argsText,
    execForm: jsonStrings !== undefined,
    jsonStrings: jsonStrings ?? EMPTY_LIST,
    heredocs,
    properties: simple ?? (ast && properties ? buildProperties(ast, document, text) : EMPTY_LIST),
    scope: NO_VARIABLES,
    // Filled in below and by buildStages; declared here so every instruction object has one shape.
    shell: undefined,
    stage: undefined,
    trigger: undefined,
  };
  if (keyword === 'RUN' && !instruction.execForm) {
    instruction.shell = lexShell(argsText);
    assignInterpreters(instruction, text);
  }
  // Only a top-level ONBUILD gets its trigger built: the builder refuses `ONBUILD ONBUILD` (a rule says so), and
  // building each level of `ONBUILD ONBUILD …` recursed once per word, out of stack on a long line.
  if (keyword === 'ONBUILD' && onbuild === undefined) {
    const trigger = triggerOf(text, scanned, ctx.escape);
    if (trigger) instruction.trigger = buildInstruction(trigger, index, ctx, scanned);
  }
  return instruction;
}

const isSpaced = (h: Heredoc): boolean => h.spaced;

/**
 * The arguments with each `<< NAME` heredoc marker as one word, `<<NAME`, as BuildKit reads it (and as a marker
 * written without the blank is): the name is no argument of its own (a COPY source, say).
 */
function joinSpacedMarkers(args: Word[], heredocs: readonly Heredoc[]): Word[] {
  const joined: Word[] = [];
  for (let k = 0; k < args.length; k++) {
    const word = args[k];
    const next = args[k + 1];
    if (next && heredocs.some((h) => h.spaced && h.markerStart === word.start)) {
      joined.push({ value: `<<${next.value}`, start: word.start, end: next.end });
      k++;
    } else {
      joined.push(word);
    }
  }
  return joined;
}

/** dockerfile-ast's classes for the instructions whose pairs it reads, and for ONBUILD, which wraps one. */
const AST_CLASSES: Readonly<Record<string, typeof Instruction>> = { ARG: Arg, ENV: Env, LABEL: Label, ONBUILD: Onbuild };

/**
 * dockerfile-ast's reading of one instruction (with `trigger`, of the one this ONBUILD wraps), built on the
 * model's document from the scanned ranges: no parse of the file. It reads no other part of the file, so it
 * needs no Dockerfile object.
 */
function astInstruction(scanned: ScannedInstruction, trigger: boolean, document: TextDocument, escape: string): Instruction | undefined {
  const at = (offset: number) => document.positionAt(offset);
  const Class = AST_CLASSES[scanned.rawKeyword.toUpperCase()] ?? Instruction;
  const range = { start: at(scanned.start), end: at(scanned.end) };
  const keywordRange = { start: at(scanned.keywordStart), end: at(scanned.keywordEnd) };
  const node: Instruction = new Class(document, range, NO_DOCKERFILE, escape, scanned.rawKeyword, keywordRange);
  return trigger ? (node as Onbuild).getTriggerInstruction() ?? undefined : node;
}
const NO_DOCKERFILE = undefined as unknown as ConstructorParameters<typeof Instruction>[2];

function buildProperties(node: Instruction, document: TextDocument, text: string): Property[] {
  const offsetAt = (position: Position) => document.offsetAt(position);
  const getProperties = (node as unknown as { getProperties?: () => import('dockerfile-ast').Property[] }).getProperties;
  if (!getProperties) return EMPTY_LIST;
  return getProperties.call(node).map((p) => {
    const range = p.getRange();
    const nameRange = p.getNameRange();
    const valueRange = p.getValueRange();
    const nameEnd = offsetAt(nameRange.end);
    const valueStart = valueRange ? offsetAt(valueRange.start) : nameEnd;
    const valueEnd = valueRange ? offsetAt(valueRange.end) : nameEnd;
    return {
      name: p.getName(),
      value: p.getValue(),
      raw: valueRange ? text.slice(valueStart, valueEnd) : undefined,
      start: offsetAt(range.start),
      end: offsetAt(range.end),
      nameStart: offsetAt(nameRange.start),
      nameEnd,
      valueStart,
      valueEnd,
      operator: p.getAssignmentOperator(),
    };
  });
}

function buildHeredocs(scanned: readonly HeredocSpan[], ctx: BuildContext): Heredoc[] {
  const { document, heredocLines } = ctx;
  return scanned.map((h) => {
    const heredoc: Heredoc = { ...h, interpreter: 'sh', script: undefined };
    // Body and closing lines are never instructions or comments.
    const first = h.contentStart >= 0 ? h.contentStart : h.delimiterStart;
    const last = h.delimiterStart >= 0 ? h.delimiterStart : h.contentEnd;
    if (first >= 0) for (let l = document.positionAt(first).line, end = document.positionAt(last).line; l <= end; l++) heredocLines.add(l);
    return heredoc;
  });
}

/** RUN heredoc bodies are scripts for the shebang's program or the command on the RUN line. */
function assignInterpreters(instruction: InstructionNode, text: string): void {
  const lineCommand = instruction.shell?.commands.find((c) => c.args.length > 0);
  for (const h of instruction.heredocs) {
    if (h.contentStart < 0) continue;
    const content = text.slice(h.contentStart, h.contentEnd);
    const shebang = /^#!\s*(\S+)(?:[ \t]+(\S+))?/.exec(content);
    if (shebang) h.interpreter = baseName(shebang[1]) === 'env' && shebang[2] ? shebang[2] : baseName(shebang[1]);
    else if (lineCommand) h.interpreter = baseName(lineCommand.args[0].value);
    if (SHELLS.has(h.interpreter)) h.script = lexShell(contiguous(content, h.contentStart));
  }
}

const NO_BUILD_ARGS: ReadonlyMap<string, string | undefined> = new Map();
/** The scope of an instruction until buildStages gives it its own. */
const NO_VARIABLES: Scope = new Map();

function buildStages(instructions: InstructionNode[], escape: string, buildArgs: ReadonlyMap<string, string | undefined>): { stages: Stage[]; globalScope: Scope } {
  // Scopes share their entries (scopes.ts): a declaration adds to its stage's table, and each ARG or ENV
  // instruction gets a view of the table up to it.
  const globals = new ScopeTable();
  for (const name of PREDEFINED_PLATFORM_ARGS) globals.set({ name, value: undefined, kind: 'predefined', start: -1, end: -1 });
  let global: Scope = globals.current();
  const stages: Stage[] = [];
  // The latest stage of each name so far: a stage builds on the nearest earlier one of its image's name.
  const latestNamed = new Map<string, Stage>();
  let stage: Stage | undefined;
  let table = globals;
  let scope: Scope = global;
  // A stage's instructions run from its FROM to the next: each stage gets them as one slice, of the exact size.
  let stageStart = 0;

  for (let k = 0; k < instructions.length; k++) {
    const instruction = instructions[k];
    if (instruction.keyword === 'FROM') {
      if (stage) stage.instructions = instructions.slice(stageStart, k);
      stageStart = k;
      stage = buildStage(instruction, stages.length, latestNamed, global, escape);
      stages.push(stage);
      if (stage.name !== undefined) latestNamed.set(stage.name, stage);
      // A stage built on an earlier one (`FROM base`) starts with the ENV of the scope that one ended with: the
      // scope of its last instruction (its instructions are set: it ended at the latest at this FROM).
      table = new ScopeTable(stage.parent?.instructions.at(-1)?.scope);
      scope = table.current();
    }
    instruction.stage = stage;
    if (instruction.keyword === 'ARG' || instruction.keyword === 'ENV') {
      scope = table.nextStep();
      declare(instruction, table, scope, global, stage === undefined, escape, buildArgs);
      if (!stage) global = scope;
    }
    instruction.scope = scope;
    if (instruction.trigger) {
      instruction.trigger.scope = instruction.scope;
      instruction.trigger.stage = stage;
    }
  }
  if (stage) stage.instructions = instructions.slice(stageStart);
  return { stages, globalScope: global };
}

/**
 * Adds the instruction's declarations to `table`. `scope` sees them as they are made: ENV values, and a stage's ARG
 * defaults, are expanded with it; a global ARG default with the global scope before the instruction.
 */
function declare(
  instruction: InstructionNode, table: ScopeTable, scope: Scope, global: Scope, isGlobal: boolean, escape: string,
  buildArgs: ReadonlyMap<string, string | undefined>,
): void {
  for (const p of declarations(instruction)) {
    let value: string | undefined;
    let kind: Variable['kind'];
    if (instruction.keyword === 'ENV') {
      kind = 'env';
      value = p.value === null ? undefined : expandVariables(p.value, scope, escape).value;
    } else {
      kind = isGlobal ? 'global-arg' : 'arg';
      const inherited = global.get(p.name);
      if (inherited?.kind === 'predefined' && !isGlobal) kind = 'predefined';
      // BuildKit sets the platform args itself from --platform; a build arg of the same name does not count.
      if (buildArgs.has(p.name) && !PREDEFINED.has(p.name)) {
        table.set({ name: p.name, value: buildArgs.get(p.name), kind, start: p.start, end: p.end, fromBuildArgs: true });
        continue;
      }
      value = p.value !== null ? expandVariables(p.value, isGlobal ? global : scope, escape).value : isGlobal ? undefined : inherited?.value;
    }
    table.set({ name: p.name, value, kind, start: p.start, end: p.end });
  }
}

interface Declaration {
  name: string;
  /** null: declared without `=` (an ARG without default). */
  value: string | null;
  start: number;
  end: number;
}

/**
 * `ARG A B=1 "C=x y"` declares each word on its own; `ENV` has key=value pairs and the legacy
 * `ENV KEY value` form, which dockerfile-ast's properties handle.
 */
function declarations(instruction: InstructionNode): Declaration[] {
  if (instruction.keyword === 'ARG') {
    // Quote-aware words: `ARG X="a b"` is one declaration.
    const words = lexShell(instruction.argsText).commands.flatMap((c) => c.words);
    return words.flatMap((word) => {
      const eq = word.value.indexOf('=');
      const name = eq < 0 ? word.value : word.value.slice(0, eq);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return [];
      return [{ name, value: eq < 0 ? null : word.value.slice(eq + 1), start: word.start, end: word.start + name.length }];
    });
  }
  return instruction.properties.filter((p) => p.name !== '').map((p) => ({ name: p.name, value: p.value, start: p.nameStart, end: p.nameEnd }));
}

function buildStage(from: InstructionNode, index: number, latestNamed: ReadonlyMap<string, Stage>, global: Scope, escape: string): Stage {
  const imageWord = from.args[0];
  const raw = imageWord?.value ?? '';
  // The builder reads the word as the shell would: `FROM "${BASE_IMAGE}"` names the image without its quotes.
  const expansion = expandVariables(unquoteWord(raw), global, escape);
  const hasAs = from.args.length >= 3 && from.args[1].value.toLowerCase() === 'as';
  const nameWord = hasAs ? from.args[2] : undefined;
  const resolvedLower = expansion.value?.toLowerCase();
  const parent = resolvedLower === undefined ? undefined : latestNamed.get(resolvedLower);
  return {
    index,
    from,
    image: {
      raw,
      start: imageWord?.start ?? from.keywordEnd,
      end: imageWord?.end ?? from.keywordEnd,
      resolved: expansion.value,
      // The model keeps it: at its exact size (the names were gathered with push, which reserves 17 slots).
      variables: expansion.variables.length === 0 ? EMPTY_LIST : expansion.variables.slice(),
    },
    name: nameWord?.value.toLowerCase(),
    nameStart: nameWord?.start ?? -1,
    nameEnd: nameWord?.end ?? -1,
    parent,
    platform: from.flags.find((f) => f.name === 'platform'),
    // Set by buildStages once the stage's last instruction is known.
    instructions: EMPTY_LIST,
  };
}
