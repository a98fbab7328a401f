/** dockerfile-ast's argument split is kept per instruction (ast-speedups.ts); callers must still see fresh lists. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DockerfileParser } from 'dockerfile-ast';
import { parseDockerfile } from '../../server/src/model/dockerfile/parse';

const values = (args: { getValue(): string }[]) => args.map((a) => a.getValue());

test('a flagged instruction keeps its arguments when asked again and again', () => {
  parseDockerfile('FROM scratch\n'); // installs the memo
  const run = DockerfileParser.parse('FROM alpine\nRUN --mount=type=cache,target=/root/.cache --network=none apk add curl\n').getInstructions()[1];
  const first = values(run.getArguments());
  assert.deepEqual(first, ['apk', 'add', 'curl']);
  // ModifiableInstruction.getArguments shifts the flags off the list it gets: a shared list would lose words each time.
  for (let i = 0; i < 3; i++) assert.deepEqual(values(run.getArguments()), first);
  assert.deepEqual((run as unknown as { getFlags(): { getName(): string }[] }).getFlags().map((f) => f.getName()), ['mount', 'network']);
});

test('a caller that changes the list it got does not change the next answer', () => {
  parseDockerfile('FROM scratch\n');
  const env = DockerfileParser.parse('FROM alpine\nENV A=1 B=2\n').getInstructions()[1];
  env.getArguments().length = 0;
  assert.deepEqual(values(env.getArguments()), ['A=1', 'B=2']);
});

test('the model is the same with heredocs, continuations and an escape directive', () => {
  const text = '# escape=`\nFROM alpine\nRUN --network=none <<EOF `\n  cat\necho hi\nEOF\nCOPY --chmod=644 a `\n  b /c/\n';
  const model = parseDockerfile(text);
  const run = model.instructions[1];
  assert.deepEqual(run.flags.map((f) => f.name), ['network']);
  assert.deepEqual(run.args.map((a) => a.value), ['<<EOF', 'cat']);
  assert.equal(run.heredocs[0].name, 'EOF');
  assert.deepEqual(model.instructions[2].args.map((a) => a.value), ['a', 'b', '/c/']);
});

test('each build stage gets the comments it holds, as dockerfile-ast assigns them', () => {
  parseDockerfile('FROM scratch\n');
  const text = [
    '# syntax=docker/dockerfile:1', '# before any stage', 'ARG A=1', '# between ARG and FROM',
    'FROM alpine AS one', '# in one', 'RUN echo \\', '  # inside a continuation', '  hi', '# after one, before two',
    '', 'FROM one AS two', 'RUN true # not a comment', '# last line of two', 'COPY a b', '# trailing',
  ].join('\n');
  const dockerfile = DockerfileParser.parse(text) as unknown as {
    getComments(): { getRange(): Range; getContent(): string }[];
    getFROMs(): unknown[];
  };
  type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
  const internals = dockerfile as unknown as { buildStages: { getRange(): Range; getComments(): { getContent(): string }[] }[] };
  // dockerfile-ast's own rule, written out: a comment belongs to every stage whose range holds its start.
  const inside = (p: Range['start'], r: Range) => (p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character))
    && (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character));
  const expected = internals.buildStages.map((stage) => dockerfile.getComments().filter((c) => inside(c.getRange().start, stage.getRange())).map((c) => c.getContent()));
  assert.deepEqual(internals.buildStages.map((s) => s.getComments().map((c) => c.getContent())), expected);
  assert.deepEqual(expected, [['in one', 'inside a continuation'], ['last line of two']]);
});

test('comments are handed to stages in one walk: a file of many stages and comments parses in linear time', () => {
  parseDockerfile('FROM scratch\n');
  const unit = 'FROM alpine AS s\n# a comment\nRUN echo hi\n# another\n';
  const time = (n: number) => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      DockerfileParser.parse(unit.repeat(n));
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  const small = time(2000);
  const big = time(8000);
  assert.ok(big < 400 || big / small < 9, `${small.toFixed(0)} ms at 2,000 stages, ${big.toFixed(0)} ms at 8,000`);
});
