import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDockerfile } from '../../server/src/model/dockerfile/parse';
import { eachEarlier, lastBefore, shellInEffect } from '../../server/src/model/dockerfile/queries';
import { expandVariables } from '../../server/src/model/dockerfile/variables';

test('stages, names and the stage graph', () => {
  const m = parseDockerfile('FROM golang:1.23 AS Build\nFROM build AS test\nFROM alpine:3.20\nCOPY --from=build /a /b\n');
  assert.deepEqual(m.stages.map((s) => [s.index, s.name, s.image.raw, s.parent?.index]), [[0, 'build', 'golang:1.23', undefined], [1, 'test', 'build', 0], [2, undefined, 'alpine:3.20', undefined]]);
  assert.equal(m.instructions[3].stage?.index, 2);
});

test('ARG and ENV scopes per stage, with global ARG defaults', () => {
  const m = parseDockerfile('ARG VERSION=1.2\nARG IMAGE=alpine\nFROM ${IMAGE}:3.20 AS base\nARG VERSION\nENV APP=/opt/app-${VERSION}\nFROM base\nRUN echo $APP $VERSION\n');
  assert.equal(m.stages[0].image.resolved, 'alpine:3.20');
  const run = m.instructions[m.instructions.length - 1];
  assert.equal(run.scope.get('APP')?.value, '/opt/app-1.2', 'ENV is inherited through FROM <stage>');
  assert.equal(run.scope.get('VERSION'), undefined, 'ARG is not inherited by a child stage');
  assert.equal(m.instructions[4].scope.get('VERSION')?.value, '1.2', 'a redeclared global ARG takes its default');
});

test('a quoted FROM image is read without its quotes, as the builder reads it; a quoted stage name too', () => {
  const m = parseDockerfile('ARG BASE=debian:13-slim\nFROM "${BASE}" AS base\nFROM "base"\nFROM \'alpine:3.22\'\n');
  assert.deepEqual(m.stages.map((s) => [s.image.raw, s.image.resolved, s.parent?.index]), [
    ['"${BASE}"', 'debian:13-slim', undefined],
    ['"base"', 'base', 0],
    ["'alpine:3.22'", 'alpine:3.22', undefined],
  ]);
});

test('an ARG without a value the file knows is unresolved', () => {
  const m = parseDockerfile('ARG TAG\nFROM node:${TAG}\n');
  assert.equal(m.stages[0].image.resolved, undefined);
  assert.deepEqual(m.stages[0].image.variables, ['TAG']);
});

test('variable modifiers', () => {
  const scope = new Map([['A', { name: 'A', value: 'x', kind: 'arg' as const, start: 0, end: 0 }], ['E', { name: 'E', value: '', kind: 'arg' as const, start: 0, end: 0 }]]);
  assert.equal(expandVariables('${A:-d}/${B:-d}/${E:-d}/${E-d}/${A:+r}/${B+r}/\\$A', scope).value, 'x/d/d//r//$A');
  assert.equal(expandVariables('${A%.*}', scope).value, undefined);
});

test('heredocs: bodies are not instructions, interpreters come from the shebang or the RUN line', () => {
  const m = parseDockerfile('FROM alpine:3.20\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\nRUN bash <<SH\necho hi\nSH\nCOPY <<EOF /x\nRUNN\nEOF\n');
  assert.deepEqual(m.instructions.map((i) => i.keyword), ['FROM', 'RUN', 'RUN', 'COPY']);
  assert.equal(m.instructions[1].heredocs[0].interpreter, 'python3');
  assert.equal(m.instructions[1].heredocs[0].script, undefined);
  assert.equal(m.instructions[2].heredocs[0].interpreter, 'bash');
  assert.deepEqual(m.instructions[2].heredocs[0].script?.commands.map((c) => c.words.map((w) => w.value)), [['echo', 'hi']]);
  assert.ok(m.heredocLines.has(9));
  assert.deepEqual(m.comments, []);
});

test('a heredoc marker that names nothing (`<<-` then a blank, `<<""`) opens no heredoc: the lines after it are instructions, as BuildKit reads them', () => {
  for (const marker of ['<<- EOF', '<<-', '<<""']) {
    const m = parseDockerfile(`FROM alpine:3.20\nRUN cat ${marker} > /x\nhi there\nEOF\nUSER app\n`);
    assert.deepEqual(m.instructions.map((i) => i.keyword), ['FROM', 'RUN', 'HI', 'EOF', 'USER'], marker);
    assert.deepEqual(m.instructions[1].heredocs, [], marker);
    assert.equal(m.heredocLines.size, 0, marker);
  }
});

test('`<< NAME` opens a heredoc, as BuildKit 0.22 reads it, where a later line closes it', () => {
  const text = 'FROM alpine:3.20\nRUN cat << EOF > /x\nset -e\nEOF\nCOPY <<  "conf" /etc/app.conf\nkey=1\nconf\nUSER app\n';
  const m = parseDockerfile(text);
  assert.deepEqual(m.instructions.map((i) => i.keyword), ['FROM', 'RUN', 'COPY', 'USER']);
  const [run, copy] = [m.instructions[1], m.instructions[2]];
  assert.deepEqual(run.heredocs.map((h) => [h.name, text.slice(h.markerStart, h.markerEnd), text.slice(h.nameStart, h.markerEnd), h.spaced]), [['EOF', '<< EOF', 'EOF', true]]);
  assert.equal(text.slice(run.heredocs[0].contentStart, run.heredocs[0].contentEnd), 'set -e');
  assert.equal(run.heredocs[0].interpreter, 'cat');
  // The marker is one argument, as `<<EOF` is: the name is no COPY source.
  assert.deepEqual(copy.args.map((w) => [w.value, text.slice(w.start, w.end)]), [['<<"conf"', '<<  "conf"'], ['/etc/app.conf', '/etc/app.conf']]);
  assert.equal(text.slice(copy.heredocs[0].contentStart, copy.heredocs[0].contentEnd), 'key=1');
  assert.deepEqual([...m.heredocLines].sort(), [2, 3, 5, 6]);
});

test('`<< NAME` that no line closes, or that sits in quotes, is left to the shell, as builders before BuildKit 0.22 leave it', () => {
  for (const line of ['RUN cat << EOF > /x', 'RUN echo "a << EOF" > /x']) {
    const text = `FROM alpine:3.20\n${line}\nUSER app\n${line.includes('"') ? 'EOF\n' : ''}`;
    const m = parseDockerfile(text);
    assert.deepEqual(m.instructions[1].heredocs, [], line);
    assert.equal(m.instructions[2].keyword, 'USER', line);
  }
});

test('a heredoc with no body line: the closing line is no argument', () => {
  const m = parseDockerfile('FROM alpine:3.20\nRUN <<EOF\nEOF\nUSER app\n');
  assert.deepEqual(m.instructions[1].args.map((w) => w.value), ['<<EOF']);
  assert.deepEqual([m.instructions[1].heredocs[0].contentStart, m.instructions[1].heredocs[0].delimiterStart], [-1, 27]);
});

test('exec form strings keep their spaces and offsets', () => {
  const m = parseDockerfile('FROM alpine:3.20\nCMD ["a b", "c\\"d"]\n');
  const cmd = m.instructions[1];
  assert.ok(cmd.execForm);
  assert.deepEqual(cmd.jsonStrings.map((s) => [s.value, m.text.slice(s.start, s.end)]), [['a b', '"a b"'], ['c"d', '"c\\"d"']]);
});

test('exec form after the white space BuildKit skips (Go\'s unicode.IsSpace), not after a zero-width no-break space', () => {
  const forms = (args: string) => {
    const cmd = parseDockerfile(`FROM alpine:3.20\nCMD ${args}\n`).instructions[1];
    return [cmd.execForm, cmd.jsonStrings.map((s) => s.value)];
  };
  assert.deepEqual(forms('["a"]'), [true, ['a']]);
  assert.deepEqual(forms('\u00a0["a", "b"]'), [true, ['a', 'b']]);
  assert.deepEqual(forms('\u0085["a"]'), [true, ['a']]);
  assert.deepEqual(forms('["a"]\u00a0'), [true, ['a']]);
  assert.deepEqual(forms('\ufeff["a"]'), [false, []]);
  assert.deepEqual(forms('\u200b["a"]'), [false, []]);
});

test('parser directives end at the first non-directive line; comments on line 1 are kept', () => {
  const m = parseDockerfile('# syntax=docker/dockerfile:1\n# escape=`\n\n# hadolint ignore=DL3007\nFROM node:latest\n');
  assert.deepEqual(m.directives.map((d) => [d.name, d.value]), [['syntax', 'docker/dockerfile:1'], ['escape', '`']]);
  assert.equal(m.escape, '`');
  assert.deepEqual(m.comments.map((c) => [c.line, c.text]), [[3, 'hadolint ignore=DL3007']]);
  assert.deepEqual(parseDockerfile('# hadolint ignore=DL3007\nFROM x\n').comments.map((c) => c.text), ['hadolint ignore=DL3007']);
});

test('ONBUILD wraps a trigger instruction', () => {
  const m = parseDockerfile('FROM alpine:3.20\nONBUILD RUN apk add curl\n');
  assert.equal(m.instructions[1].trigger?.keyword, 'RUN');
  assert.deepEqual(m.instructions[1].trigger?.shell?.commands[0].words.map((w) => w.value), ['apk', 'add', 'curl']);
});

test('ARG declares each word: several names, defaults, quoted values', () => {
  const m = parseDockerfile('ARG V=1\nFROM --platform=$BUILDPLATFORM golang:1.23 AS build\nARG TARGETOS TARGETARCH X="a b" V\nRUN echo $TARGETARCH\n');
  const scope = m.instructions[3].scope;
  assert.deepEqual([...scope.values()].map((v) => [v.name, v.value, v.kind, m.text.slice(v.start, v.end)]), [
    ['TARGETOS', undefined, 'predefined', 'TARGETOS'],
    ['TARGETARCH', undefined, 'predefined', 'TARGETARCH'],
    ['X', 'a b', 'arg', 'X'],
    ['V', '1', 'arg', 'V'],
  ]);
});

test('earlier instructions through the stage chain, and the nearest one of a keyword', () => {
  const m = parseDockerfile('FROM alpine:3.20 AS base\nSHELL ["/bin/ash", "-c"]\nUSER 10\nFROM base\nWORKDIR /a\nRUN a\nONBUILD RUN b\nUSER 11\nRUN c\n');
  const [, , , , workdir, runA, onbuild, , runC] = m.instructions;
  assert.deepEqual([...eachEarlier(runA)].map((i) => i.keyword), ['WORKDIR', 'FROM', 'USER', 'SHELL', 'FROM']);
  assert.equal(lastBefore(runA, 'USER')?.line, 2, 'from the parent stage');
  assert.equal(lastBefore(runC, 'USER')?.line, 7);
  assert.equal(lastBefore(workdir, 'WORKDIR'), undefined);
  assert.equal(shellInEffect(runA)?.line, 1);
  assert.equal(lastBefore(onbuild.trigger!, 'WORKDIR')?.line, 4, 'an ONBUILD trigger sees what precedes its line');
});

test('directives as BuildKit reads them: a #! first line is skipped, anything else ends the block', () => {
  const m = parseDockerfile('#!/usr/bin/env buildctl\n# syntax=docker/dockerfile:1\n# foo=bar\n# escape=`\nFROM alpine:3.20\n# check=skip=all\n');
  assert.deepEqual(m.directives.map((d) => [d.name, d.line]), [['syntax', 1]]);
  assert.deepEqual(m.directiveLines.map((d) => [d.name, d.line, d.inBlock]), [['syntax', 1, true], ['escape', 3, false], ['check', 5, false]]);
});
