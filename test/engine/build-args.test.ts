/** Build args from the workspace's compose and Bake files resolve the Dockerfile's ARGs (catalog convention 4). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryFileSystem } from '../../server/src/engine/fs';
import { lint } from '../../server/src/engine/lint';
import { parseDockerfile } from '../../server/src/model/dockerfile/parse';
import { agreedBuildArgs } from '../../server/src/rules/shared/workspace-builds';
import { pick } from '../support/rule-tester';

const DOCKERFILE = 'ARG NODE_TAG=20\nFROM node:${NODE_TAG}\nARG MODE=dev\nENV APP_MODE=${MODE}\n';

test('a build arg overrides the ARG default, in the global scope and in a stage', () => {
  const model = parseDockerfile(DOCKERFILE, undefined, new Map([['NODE_TAG', 'latest'], ['MODE', 'prod']]));
  assert.equal(model.stages[0].image.resolved, 'node:latest');
  assert.equal(model.instructions[3].scope.get('APP_MODE')?.value, 'prod');
  assert.equal(parseDockerfile(DOCKERFILE).stages[0].image.resolved, 'node:20', 'no build args: the defaults');
});

test('a build arg whose value depends on the build makes the ARG unknown; predefined args stay predefined', () => {
  const text = 'ARG BUILDARCH\nFROM node:22\nARG NODE_TAG=20\nARG TARGETARCH\nARG BUILDARCH\n';
  const model = parseDockerfile(text, undefined, new Map([['NODE_TAG', undefined], ['TARGETARCH', 'arm64'], ['BUILDARCH', 'amd64']]));
  assert.equal(model.instructions[2].scope.get('NODE_TAG')?.value, undefined);
  assert.equal(model.instructions[3].scope.get('TARGETARCH')?.kind, 'predefined');
  assert.equal(model.instructions[3].scope.get('TARGETARCH')?.value, undefined);
  assert.equal(model.instructions[4].scope.get('BUILDARCH')?.value, undefined);
});

test('compose args as a map or a list; values the file cannot tell are unknown', () => {
  const fs = memoryFileSystem({
    '/p/Dockerfile': DOCKERFILE,
    '/p/compose.yaml': [
      'services:',
      '  a:',
      '    build:',
      '      context: .',
      '      args: { NODE_TAG: latest, MODE: "${MODE}", PORT: 8080, EMPTY: }',
      '  b:',
      '    build:',
      '      context: .',
      '      args: ["NODE_TAG=latest", "MODE=${MODE}", "PORT=8080", "EMPTY"]',
      '',
    ].join('\n'),
  });
  assert.deepEqual([...(agreedBuildArgs(fs, '/p/Dockerfile') ?? [])], [['NODE_TAG', 'latest'], ['MODE', undefined], ['PORT', '8080'], ['EMPTY', undefined]]);
});

test('builds that disagree, or where one passes nothing, leave the value to the build', () => {
  const fs = memoryFileSystem({
    '/p/Dockerfile': DOCKERFILE,
    '/p/compose.yaml': 'services:\n  a:\n    build: { context: ., args: { NODE_TAG: "22", MODE: prod } }\n  b:\n    build: { context: ., args: { NODE_TAG: "20" } }\n',
  });
  assert.deepEqual([...(agreedBuildArgs(fs, '/p/Dockerfile') ?? [])], [['NODE_TAG', undefined], ['MODE', undefined]]);
  assert.equal(agreedBuildArgs(fs, '/elsewhere/Dockerfile'), undefined, 'no build uses that file');
});

test('Bake args, HCL and JSON', () => {
  const hcl = memoryFileSystem({
    '/p/Dockerfile': DOCKERFILE,
    '/p/docker-bake.hcl': 'target "app" {\n  context = "."\n  args = {\n    NODE_TAG = "latest"\n    MODE = var.mode\n  }\n}\n',
  });
  assert.deepEqual([...(agreedBuildArgs(hcl, '/p/Dockerfile') ?? [])], [['NODE_TAG', 'latest'], ['MODE', undefined]]);
  const json = memoryFileSystem({ '/p/Dockerfile': DOCKERFILE, '/p/docker-bake.json': '{"target": {"app": {"context": ".", "args": {"NODE_TAG": "latest"}}}}' });
  assert.deepEqual([...(agreedBuildArgs(json, '/p/Dockerfile') ?? [])], [['NODE_TAG', 'latest']]);
});

test('lint judges the image the compose build really pulls', () => {
  const rules = pick('base-image-latest');
  const fs = memoryFileSystem({ '/p/Dockerfile': DOCKERFILE, '/p/compose.yaml': 'services:\n  web:\n    build:\n      context: .\n      args:\n        NODE_TAG: latest\n' });
  const found = lint(DOCKERFILE, { fileName: '/p/Dockerfile', fs, rules }).findings;
  assert.deepEqual(found.map((f) => [f.rule, f.range.start.line]), [['base-image-latest', 1]]);
  assert.deepEqual(lint(DOCKERFILE, { fileName: '/p/Dockerfile', rules }).findings, [], 'without the workspace: the default tag 20');
});

test('one lint reads each workspace file once, and the next lint sees a change', () => {
  const files: Record<string, string> = {
    '/p/Dockerfile': DOCKERFILE,
    '/p/compose.yaml': 'services:\n  web:\n    build:\n      context: .\n      args:\n        NODE_TAG: latest\n',
  };
  const inner = memoryFileSystem(files);
  const reads = new Map<string, number>();
  const counting = { ...inner, readFile: (path: string) => (reads.set(path, (reads.get(path) ?? 0) + 1), inner.readFile(path)) };
  const run = () => lint(DOCKERFILE, { fileName: '/p/Dockerfile', fs: counting, allRules: true }).findings.filter((f) => f.rule === 'base-image-latest');
  assert.equal(run().length, 1);
  assert.equal(reads.get('/p/compose.yaml'), 1, 'the build args and every workspace-aware rule share one read');
  files['/p/compose.yaml'] = files['/p/compose.yaml'].replace('latest', '"22"');
  assert.equal(run().length, 0, 'a new lint reads the file again');
});

test('a compose file read for one lint is read anew when its text changes, and shared while it does not', () => {
  const compose = (tag: string) => `services:\n  a:\n    build:\n      context: .\n      args: { NODE_TAG: "${tag}" }\n`;
  const lintWith = (composeText: string) => {
    const fs = memoryFileSystem({ '/p/Dockerfile': DOCKERFILE, '/p/compose.yaml': composeText });
    return agreedBuildArgs(fs, '/p/Dockerfile')?.get('NODE_TAG');
  };
  assert.equal(lintWith(compose('22')), '22');
  assert.equal(lintWith(compose('22')), '22', 'the same text again');
  assert.equal(lintWith(compose('24')), '24', 'a changed text');
  assert.equal(lintWith(compose('22')), '22', 'and back');
});
