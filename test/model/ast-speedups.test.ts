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
