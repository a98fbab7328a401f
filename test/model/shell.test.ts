import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contiguous, joinContinuations } from '../../server/src/model/mapped-text';
import { lexShell } from '../../server/src/model/shell';

function commands(text: string) {
  return lexShell(contiguous(text, 0)).commands.map((c) => ({ words: c.words.map((w) => w.value), before: c.before, after: c.after, nested: c.nested }));
}

test('commands split on && || ; | & and newlines', () => {
  assert.deepEqual(commands('a 1 && b 2 || c; d | e & f\ng').map((c) => [c.words, c.before, c.after]), [
    [['a', '1'], '', '&&'], [['b', '2'], '&&', '||'], [['c'], '||', ';'], [['d'], ';', '|'], [['e'], '|', '&'], [['f'], '&', '\n'], [['g'], '\n', ''],
  ]);
});

test('quotes, escapes and expansions stay inside one word', () => {
  const script = lexShell(contiguous(`echo "a b" 'c d' e\\ f $(date +%s) \${X:-y} "$HOME"`, 0));
  const words = script.commands[0].words;
  assert.deepEqual(words.map((w) => w.value), ['echo', 'a b', 'c d', 'e f', '$(date +%s)', '${X:-y}', '$HOME']);
  assert.deepEqual(words.map((w) => w.expansion), [false, false, false, false, true, true, true]);
  assert.deepEqual(words.map((w) => [w.start, w.end]), [[0, 4], [5, 10], [11, 16], [17, 21], [22, 33], [34, 41], [42, 49]]);
});

test('redirections are not arguments', () => {
  const [c] = lexShell(contiguous('cat a > out 2>&1 <in', 0)).commands;
  assert.deepEqual(c.args.map((w) => w.value), ['cat', 'a']);
  assert.deepEqual(c.redirects.map((r) => [r.op, r.target?.value]), [['>', 'out'], ['>&', '1'], ['<', 'in']]);
});

test('reserved words do not become commands', () => {
  assert.deepEqual(commands('if [ -f x ]; then apt-get install y; else true; fi').map((c) => c.words), [['[', '-f', 'x', ']'], ['apt-get', 'install', 'y'], ['true']]);
});

test('a case arm\'s patterns are not commands: `|` between them is not a pipe', () => {
  assert.deepEqual(commands('case "$V" in dev|beta*) sed -i x f ;; (a | b) echo a | tr a b\n;; esac; ls').map((c) => [c.words, c.before, c.after]), [
    [['sed', '-i', 'x', 'f'], ')', ';;'], [['echo', 'a'], ')', '|'], [['tr', 'a', 'b'], '|', '\n'], [['ls'], ';', ''],
  ]);
  // Nested cases, `in` on the next line, and a last arm without `;;`.
  assert.deepEqual(commands('case $x\nin a) case $y in b|c) true;; esac ;;\nd) false\nesac').map((c) => c.words), [['true'], ['false']]);
  // Half-typed: no commands, no throw; `case` as an argument is a word.
  for (const text of ['case', 'case x', 'case x in', 'case x in a|b', 'case x in a)']) assert.deepEqual(commands(text), []);
  assert.deepEqual(commands('echo case x in a | b').map((c) => c.words), [['echo', 'case', 'x', 'in', 'a'], ['b']]);
});

test('assignments before a command', () => {
  const [c] = lexShell(contiguous('DEBIAN_FRONTEND=noninteractive A=1 apt-get install', 0)).commands;
  assert.deepEqual(c.assignments.map((w) => w.value), ['DEBIAN_FRONTEND=noninteractive', 'A=1']);
  assert.equal(c.args[0].value, 'apt-get');
});

test('sh -c strings are lexed as scripts with real offsets', () => {
  const text = `sh -c 'apt-get update && apt-get install x'`;
  const script = lexShell(contiguous(text, 100));
  const nested = script.commands.filter((c) => c.nested);
  assert.deepEqual(nested.map((c) => c.words.map((w) => w.value)), [['apt-get', 'update'], ['apt-get', 'install', 'x']]);
  assert.equal(nested[1].words[1].start, 100 + text.indexOf('install'));
});

test('comments and heredoc bodies inside a script', () => {
  assert.deepEqual(commands('a # b c\ncat <<EOF > f\nnot a command\nEOF\nd').map((c) => c.words), [['a'], ['cat'], ['d']]);
});

test('a heredoc whose delimiter never comes is marked open: its body runs to the end of the script', () => {
  const open = (text: string) => lexShell(contiguous(text, 0)).openHeredoc;
  assert.equal(open('cat <<EOF > f\nbody\nEOF\nd'), false);
  assert.equal(open('cat <<-EOF > f\n\tbody\n\tEOF'), false, 'tab-stripped, at the very end');
  assert.equal(open('a\nRUN <<EOF\napt-get update\nrm -rf /x\n'), true);
  assert.equal(open('cat <<EOF'), true, 'on the last line');
  assert.equal(open(`sh -c 'cat <<X'\nd`), false, 'inside sh -c the body ends with the string, not the script');
});

test('unterminated quotes are reported, not thrown', () => {
  const script = lexShell(contiguous(`echo "abc`, 0));
  assert.equal(script.errors.length, 1);
  assert.deepEqual(script.commands[0].words.map((w) => w.value), ['echo', 'abc']);
});

test('continuations are joined and offsets map back to the document', () => {
  const doc = 'RUN apt-get \\\n  # a comment\n\n    install x';
  const mapped = joinContinuations(doc, 4, doc.length, '\\');
  assert.equal(mapped.text, 'apt-get     install x');
  const words = lexShell(mapped).commands[0].words;
  assert.equal(doc.slice(words[1].start, words[1].end), 'install');
  assert.equal(doc.slice(words[2].start, words[2].end), 'x');
});

test('backtick escape character', () => {
  const doc = 'RUN a `\r\n  b';
  assert.equal(joinContinuations(doc, 4, doc.length, '`').text, 'a   b');
});
