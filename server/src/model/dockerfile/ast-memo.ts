/**
 * dockerfile-ast splits an instruction into arguments (a character scan and two position conversions per
 * argument) every time anything asks for them, and almost everything asks: the JSON instructions'
 * constructors, `getFlags`, `getHeredocs` and `getArguments` each scan again, four to six times per
 * instruction in one parse. A parsed document never changes, so the first answer is kept on the instance.
 *
 * Callers get a copy of the list because `ModifiableInstruction.getArguments` shifts the flags off the
 * array it receives; the `Argument` objects themselves are never modified.
 */
import { Instruction } from 'dockerfile-ast';

type Arguments = ReturnType<Instruction['getArguments']>;
interface Memoized {
  getRawArguments(): Arguments;
  /** The first answer (a field on the instance: a WeakMap of many short-lived keys costs the GC more). */
  stevedoreRawArguments?: Arguments;
}

const prototype = Instruction.prototype as unknown as Memoized;
const compute = prototype.getRawArguments;

if (typeof compute === 'function' && !(compute as { memoized?: boolean }).memoized) {
  const memoized = function (this: Memoized): Arguments {
    const args = (this.stevedoreRawArguments ??= compute.call(this));
    return args.slice();
  };
  (memoized as { memoized?: boolean }).memoized = true;
  prototype.getRawArguments = memoized;
}
