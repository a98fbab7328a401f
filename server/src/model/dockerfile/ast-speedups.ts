/**
 * A cost of dockerfile-ast that the model still meets where it reads ENV/LABEL/ARG pairs with the library's
 * instruction classes, removed with the same results. Installed once, when the model's parser
 * is loaded.
 *
 * An instruction splits itself into arguments (a character scan and two position conversions per argument)
 * every time anything asks, and almost everything asks: the JSON instructions' constructors, `getFlags`,
 * `getHeredocs` and `getArguments` each scan again, four to six times per instruction. An instruction's text
 * never changes, so the first answer is kept on the instance. Callers get a copy of the list because
 * `ModifiableInstruction.getArguments` shifts the flags off the array it receives; the `Argument` objects
 * themselves are never modified.
 */
import { Instruction } from 'dockerfile-ast';

type Arguments = ReturnType<Instruction['getArguments']>;

interface MemoizedInstruction {
  getRawArguments(): Arguments;
  /** The first answer (a field on the instance: a WeakMap of many short-lived keys costs the GC more). */
  stevedoreRawArguments?: Arguments;
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

const instructionPrototype = Instruction.prototype as unknown as MemoizedInstruction & { [installed]?: true };
if (!instructionPrototype[installed]) {
  instructionPrototype[installed] = true;
  memoizeArguments(instructionPrototype);
}
