/**
 * Two costs of dockerfile-ast's parse that grow with the file for no reason, removed with the same results.
 * Installed once, when the model's parser is loaded.
 *
 * 1. It splits an instruction into arguments (a character scan and two position conversions per argument)
 *    every time anything asks for them, and almost everything asks: the JSON instructions' constructors,
 *    `getFlags`, `getHeredocs` and `getArguments` each scan again, four to six times per instruction in one
 *    parse. A parsed document never changes, so the first answer is kept on the instance. Callers get a copy
 *    of the list because `ModifiableInstruction.getArguments` shifts the flags off the array it receives;
 *    the `Argument` objects themselves are never modified.
 * 2. It hands each comment to the build stage that holds it by rebuilding every stage's range for every
 *    comment: comments × stages, 3 s of a 4 MB file's parse. Stages are in document order and do not
 *    overlap, so one walk over both lists gives each stage the same comments.
 */
import { DockerfileParser, Instruction } from 'dockerfile-ast';

type Arguments = ReturnType<Instruction['getArguments']>;
type Position = { line: number; character: number };
type Range = { start: Position; end: Position };

interface MemoizedInstruction {
  getRawArguments(): Arguments;
  /** The first answer (a field on the instance: a WeakMap of many short-lived keys costs the GC more). */
  stevedoreRawArguments?: Arguments;
}

interface Template {
  getRange(): Range;
  addComment(comment: unknown): void;
}

interface DockerfileInternals {
  initialInstructions: Template;
  buildStages: Template[];
  getComments(): { getRange(): Range }[];
  organizeComments(): void;
}

const installed = Symbol.for('stevedore.dockerfile-ast-speedups');

function memoizeArguments(prototype: MemoizedInstruction): void {
  const compute = prototype.getRawArguments;
  if (typeof compute !== 'function') return;
  prototype.getRawArguments = function (this: MemoizedInstruction): Arguments {
    const args = (this.stevedoreRawArguments ??= compute.call(this));
    return args.slice();
  };
}

/** dockerfile-ast's `Util.isInsideRange`: both ends included. */
function isInsideRange(position: Position, range: Range): boolean {
  if (range.start.line === range.end.line) {
    return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
  }
  if (range.start.line === position.line) return range.start.character <= position.character;
  if (range.end.line === position.line) return position.character <= range.end.character;
  return range.start.line < position.line && position.line < range.end.line;
}

function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function organizeCommentsInOneWalk(this: DockerfileInternals): void {
  const initial = this.initialInstructions;
  const initialRange = initial.getRange();
  const stages = this.buildStages.map((stage) => ({ stage, range: stage.getRange() }));
  let next = 0;
  for (const comment of this.getComments()) {
    const range = comment.getRange();
    if (isInsideRange(range.end, initialRange)) {
      initial.addComment(comment);
      continue;
    }
    // Comments come in document order: a stage that ends before this one starts cannot hold a later one.
    while (next < stages.length && isBefore(stages[next].range.end, range.start)) next++;
    for (let k = next; k < stages.length && !isBefore(range.start, stages[k].range.start); k++) {
      if (isInsideRange(range.start, stages[k].range)) stages[k].stage.addComment(comment);
    }
  }
}

const instructionPrototype = Instruction.prototype as unknown as MemoizedInstruction & { [installed]?: true };
if (!instructionPrototype[installed]) {
  instructionPrototype[installed] = true;
  memoizeArguments(instructionPrototype);
  // The Dockerfile class is not exported: reach its prototype through an empty parse.
  const dockerfilePrototype = Object.getPrototypeOf(DockerfileParser.parse('')) as DockerfileInternals;
  if (typeof dockerfilePrototype.organizeComments === 'function') dockerfilePrototype.organizeComments = organizeCommentsInOneWalk;
}
