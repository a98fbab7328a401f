/**
 * Scopes share their entries (scopes.ts) where the model used to copy a Map for every ARG and ENV instruction.
 * A scope must read exactly as that copy did: the same variables, `has`, `size` and listing order, including
 * what a stage inherits (its parent's ENV only) and across the flattening of long chains of stages.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ScopeTable } from '../../server/src/model/dockerfile/scopes';
import type { Scope, Variable } from '../../server/src/model/dockerfile/types';

const NAMES = ['A', 'B', 'C', 'PATH', 'HOME', 'X1'];

type Step = { kind: 'declare'; names: { name: string; kind: Variable['kind'] }[] } | { kind: 'stage'; parent: number | undefined };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('declare' as const),
      names: fc.array(fc.record({ name: fc.constantFrom(...NAMES), kind: fc.constantFrom<Variable['kind']>('env', 'arg', 'global-arg', 'predefined') }), { minLength: 1, maxLength: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stage' as const), parent: fc.option(fc.nat(60), { nil: undefined }) }) },
);

function assertSameScope(view: Scope, copy: ReadonlyMap<string, Variable>, where: string): void {
  for (const name of [...NAMES, 'NONE']) {
    assert.equal(view.get(name), copy.get(name), `${where}: get ${name}`);
    assert.equal(view.has(name), copy.has(name), `${where}: has ${name}`);
  }
  assert.equal(view.size, copy.size, `${where}: size`);
  assert.deepEqual([...view.keys()], [...copy.keys()], `${where}: order`);
  assert.deepEqual([...view], [...copy], `${where}: entries`);
}

test('a scope reads as the copied Map of the same declarations, across stages and long chains', () => {
  fc.assert(
    fc.property(fc.array(stepArb, { maxLength: 80 }), (steps) => {
      // Each stage: its table, and the views and copies after each of its steps (the last is its final scope).
      const stages: { table: ScopeTable; views: Scope[]; copies: Map<string, Variable>[] }[] = [];
      let stage = { table: new ScopeTable(), views: [] as Scope[], copies: [new Map<string, Variable>()] };
      stage.views.push(stage.table.current());
      let offset = 0;
      for (const step of steps) {
        if (step.kind === 'stage') {
          stages.push(stage);
          const parent = step.parent === undefined ? undefined : stages[step.parent % stages.length];
          const inherited = parent ? parent.views.at(-1) : undefined;
          const copy = new Map<string, Variable>();
          if (parent) for (const [k, v] of parent.copies.at(-1)!) if (v.kind === 'env') copy.set(k, v);
          stage = { table: new ScopeTable(inherited), views: [], copies: [copy] };
          stage.views.push(stage.table.current());
          continue;
        }
        const view = stage.table.nextStep();
        const copy = new Map(stage.copies.at(-1));
        for (const { name, kind } of step.names) {
          const variable: Variable = { name, kind, value: String(offset), start: offset, end: offset + 1 };
          offset++;
          stage.table.set(variable);
          copy.set(name, variable);
          // Within an instruction, later declarations see the earlier ones.
          assert.equal(view.get(name), variable);
        }
        stage.views.push(view);
        stage.copies.push(copy);
      }
      stages.push(stage);
      stages.forEach((s, i) => s.views.forEach((v, j) => assertSameScope(v, s.copies[j]!, `stage ${i}, step ${j}`)));
    }),
    { numRuns: 400, seed: 3 },
  );
});

test('a chain of stages deeper than the flattening depth still inherits every ENV and no ARG', () => {
  let parent: Scope | undefined;
  for (let i = 0; i < 50; i++) {
    const table = new ScopeTable(parent);
    table.nextStep();
    table.set({ name: `E${i}`, kind: 'env', value: String(i), start: i, end: i });
    table.set({ name: `A${i}`, kind: 'arg', value: String(i), start: i, end: i });
    parent = table.current();
  }
  assert.equal(parent!.size, 51); // 50 ENV, and the last stage's own ARG
  assert.equal(parent!.get('E0')?.value, '0');
  assert.equal(parent!.get('A48'), undefined);
  assert.equal(parent!.get('A49')?.value, '49');
  assert.deepEqual([...parent!.keys()].slice(0, 3), ['E0', 'E1', 'E2']);
});
