/**
 * Variable scopes that share their entries. Every ARG or ENV instruction has a scope of its own (what is
 * declared up to it); copying the whole scope for each one made a stage of many declarations quadratic in time
 * and memory (16,000 ENV lines ran out of memory). A table per stage (and one for the global ARGs) keeps every
 * declaration with the number of the step that made it; a scope is a view of a table up to a step, on top of
 * the ENV of the scope its stage builds on.
 */
import { partitionPoint } from '../sorted';
import type { Scope, Variable } from './types';

interface Declared {
  readonly step: number;
  readonly variable: Variable;
}

/** Views deeper than this are flattened: a long chain of stages would make every look-up walk all of it. */
const MAX_DEPTH = 16;

export class ScopeTable {
  /**
   * Declarations of each name, in step order; names in the order they were first declared. Made at the first
   * declaration: most stages declare nothing.
   */
  private byName: Map<string, Declared[]> | undefined;
  private step = 0;
  private readonly base: TableScope | undefined;
  readonly depth: number;

  /** `inherits`: the scope of the stage this one builds on; only its ENV is seen. */
  constructor(inherits?: Scope) {
    if (inherits instanceof TableScope && inherits.table.depth < MAX_DEPTH) {
      this.base = inherits;
      this.depth = inherits.table.depth + 1;
    } else {
      this.depth = 0;
      const entries = inherits instanceof TableScope ? inherits.table.entriesAt(inherits.step) : inherits;
      if (entries) for (const v of entries.values()) if (v.kind === 'env') this.set(v);
    }
  }

  /** The scope of everything declared so far. */
  current(): TableScope {
    return new TableScope(this, this.step);
  }

  /** Starts the next step (one instruction's declarations); returns the scope that sees them as they are made. */
  nextStep(): TableScope {
    this.step++;
    return this.current();
  }

  set(variable: Variable): void {
    this.byName ??= new Map();
    const list = this.byName.get(variable.name);
    const declared = { step: this.step, variable };
    if (list) list.push(declared);
    else this.byName.set(variable.name, [declared]);
  }

  lookup(name: string, step: number): Variable | undefined {
    const list = this.byName?.get(name);
    if (list) {
      // The last declaration at or before `step`: a binary search, as a name may be declared thousands of times.
      const after = partitionPoint(list, (d) => d.step <= step);
      if (after > 0) return list[after - 1]!.variable;
    }
    const inherited = this.base?.get(name);
    return inherited?.kind === 'env' ? inherited : undefined;
  }

  /**
   * Every variable seen at `step`, in the order a copied Map would hold them (inherited ENV first). Built anew
   * each time: keeping the list of every scope of a chain of stages would hold a copy per stage again.
   */
  entriesAt(step: number): Map<string, Variable> {
    const out = new Map<string, Variable>();
    if (this.base) for (const [name, v] of this.base.table.entriesAt(this.base.step)) if (v.kind === 'env') out.set(name, v);
    if (this.byName) {
      for (const name of this.byName.keys()) {
        const v = this.lookup(name, step);
        if (v) out.set(name, v);
      }
    }
    return out;
  }
}

/** A scope: a table's declarations up to a step. Reads like a `ReadonlyMap`; listing it builds one, kept for it. */
export class TableScope implements Scope {
  private listed: Map<string, Variable> | undefined;

  constructor(
    readonly table: ScopeTable,
    readonly step: number,
  ) {}

  get(name: string): Variable | undefined {
    return this.table.lookup(name, this.step);
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  private list(): Map<string, Variable> {
    return (this.listed ??= this.table.entriesAt(this.step));
  }

  get size(): number {
    return this.list().size;
  }

  keys(): MapIterator<string> {
    return this.list().keys();
  }

  values(): MapIterator<Variable> {
    return this.list().values();
  }

  entries(): MapIterator<[string, Variable]> {
    return this.list().entries();
  }

  forEach(callback: (value: Variable, key: string, map: ReadonlyMap<string, Variable>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.list()) callback.call(thisArg, v, k, this);
  }

  [Symbol.iterator](): MapIterator<[string, Variable]> {
    return this.entries();
  }
}
