/** Hover reference docs, completion and go-to-definition, called on parsed models (the protocol tests cover the wire). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryFileSystem } from '../../server/src/engine/fs';
import { parseCompose } from '../../server/src/model/compose/parse';
import { parseDockerfile } from '../../server/src/model/dockerfile/parse';
import { completion } from '../../server/src/lsp/completion';
import { definition } from '../../server/src/lsp/definition';
import { referenceHover } from '../../server/src/lsp/reference-hover';

const DOCKERFILE = '# syntax=docker/dockerfile:1\nARG VERSION=1.2\nFROM --platform=$BUILDPLATFORM golang:1.26 AS build\nARG TARGETARCH\nRUN --mount=type=cache,target=/root/.cache echo $TARGETARCH\nFROM alpine:3.20\nCOPY --from=build /out /out\nENV APP=/opt/app-${VERSION}\n';

const hoverAt = (needle: string, shift = 1) => {
  const model = parseDockerfile(DOCKERFILE);
  return referenceHover(model, DOCKERFILE.indexOf(needle) + shift)?.markdown ?? '';
};

test('hover: parser directive, instruction flag, mount flag, platform ARG, variable value', () => {
  assert.match(hoverAt('syntax'), /^\*\*# syntax=\*\* \(parser directive\)/);
  assert.match(hoverAt('--platform'), /^\*\*FROM --platform\*\*/);
  assert.match(hoverAt('--mount'), /^\*\*RUN --mount\*\*/);
  assert.match(hoverAt('$TARGETARCH', 2), /^\*\*TARGETARCH\*\* — predefined build argument/);
  assert.match(hoverAt('$TARGETARCH', 2), /linux\/arm64/);
  assert.match(hoverAt('${VERSION}', 3), /^\*\*VERSION\*\* — not declared in this stage[\s\S]*only after `ARG VERSION` inside the stage/);
  const redeclared = DOCKERFILE.replace('FROM alpine:3.20\n', 'FROM alpine:3.20\nARG VERSION\n');
  const model = parseDockerfile(redeclared);
  assert.match(referenceHover(model, redeclared.indexOf('${VERSION}') + 3)?.markdown ?? '', /^\*\*VERSION\*\* — build argument of this stage[\s\S]*Value here: `1\.2`/);
  assert.match(hoverAt('COPY'), /^\*\*COPY\*\* — /);
});

test('a variable hover tells when its value is a build arg of the workspace builds', () => {
  const text = 'FROM alpine:3.20\nARG MODE=dev\nARG TAG\nRUN echo $MODE $TAG\n';
  const model = parseDockerfile(text, undefined, new Map([['MODE', 'prod'], ['TAG', undefined]]));
  assert.match(referenceHover(model, text.indexOf('$MODE') + 2)?.markdown ?? '', /Value here: `prod`, the build arg every compose or Bake build of this file passes/);
  assert.match(referenceHover(model, text.indexOf('$TAG') + 2)?.markdown ?? '', /Its value depends on the build/);
  assert.doesNotMatch(referenceHover(parseDockerfile(text), text.indexOf('$MODE') + 2)?.markdown ?? '', /build arg every/);
});

const COMPOSE = 'services:\n  api:\n    build:\n      context: ./api\n      target: \n';
const fs = memoryFileSystem({ '/p/api/Dockerfile': 'FROM node:22-slim AS deps\nFROM deps AS runtime\n' });

test('completion of build.target offers the stages of the referenced Dockerfile', () => {
  const items = completion(parseCompose(COMPOSE), COMPOSE.length - 1, '/p/compose.yaml', fs);
  assert.deepEqual(items.map((i) => i.label), ['deps', 'runtime']);
});

test('go to definition from build.target into the Dockerfile stage', () => {
  const text = COMPOSE.replace('target: \n', 'target: runtime\n');
  const location = definition(parseCompose(text), 'file:///p/compose.yaml', text.indexOf('runtime') + 2, '/p/compose.yaml', fs);
  assert.deepEqual(location, { uri: 'file:///p/api/Dockerfile', range: { start: { line: 1, character: 13 }, end: { line: 1, character: 20 } } });
});

test('go to definition from COPY --from to the stage', () => {
  const model = parseDockerfile(DOCKERFILE);
  const location = definition(model, 'file:///w/Dockerfile', DOCKERFILE.indexOf('--from=build') + 9, '', fs);
  assert.deepEqual(location?.range, { start: { line: 2, character: 46 }, end: { line: 2, character: 51 } });
});
