import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../server/src/engine/lint';
import { pick } from '../support/rule-tester';

const RULES = pick('base-image-latest', 'apt-get-missing-yes', 'exec-form-recommended', 'maintainer-deprecated', 'version-obsolete', 'depends-on-undefined-service');

const rules = (text: string, fileName = '/w/Dockerfile') => lint(text, { fileName, rules: RULES }).findings.map((f) => `${f.range.start.line}:${f.rule}`);

test('stevedore-ignore covers the next instruction only, by id or alias, with a reason', () => {
  assert.deepEqual(rules('# stevedore-ignore base-image-latest -- mirror pins it\nFROM node:latest\nFROM python:latest\n'), ['2:base-image-latest']);
  assert.deepEqual(rules('# stevedore-ignore DL3007\nFROM node:latest\n'), []);
  assert.deepEqual(rules('# stevedore-ignore JSONArgsRecommended, base-image-latest\nFROM node:latest\n'), ['0:suppression-unused']);
});

test('a suppression above a multi-line instruction covers all its lines', () => {
  assert.deepEqual(rules('FROM debian:12\n# hadolint ignore=DL3014\nRUN apt-get update && \\\n    apt-get install curl\n'), []);
});

test('file-wide forms', () => {
  assert.deepEqual(rules('FROM node:latest\n# stevedore-ignore-file base-image-latest\nFROM python:latest\n'), []);
  assert.deepEqual(rules('# hadolint global ignore=DL3007\nFROM node:latest\nFROM python:latest\n'), []);
});

test('BuildKit check=skip in the directive block, by name or all', () => {
  const text = 'FROM node:22-slim\nCMD node a.js\nMAINTAINER x\n';
  assert.deepEqual(rules(`# check=skip=JSONArgsRecommended\n${text}`), ['3:maintainer-deprecated']);
  assert.deepEqual(rules(`# check=skip=all\n${text}`), []);
  assert.deepEqual(rules(`# check=error=true;skip=MaintainerDeprecated\n${text}`), ['2:exec-form-recommended']);
});

test('a bad name does not disable the rest of the comment', () => {
  assert.deepEqual(rules('# hadolint ignore=crazy,DL3007\nFROM node:latest\n'), ['0:suppression-invalid']);
});

test('compose: end of line, line above, next line, file-wide and dclint forms', () => {
  const c = (t: string) => rules(t, '/w/compose.yaml');
  const body = 'services:\n  web:\n    image: x:1\n    depends_on: [nope]\n';
  assert.deepEqual(c('version: "3" # stevedore-ignore version-obsolete\n' + body), ['4:depends-on-undefined-service']);
  assert.deepEqual(c('# dclint disable-next-line no-version-field\nversion: "3"\n' + body), ['5:depends-on-undefined-service']);
  assert.deepEqual(c('# dclint disable-line no-version-field\nversion: "3"\n' + body), ['5:depends-on-undefined-service']);
  assert.deepEqual(c('# dclint disable-file\nversion: "3"\n' + body), []);
  assert.deepEqual(c('# dclint disable no-version-field\nversion: "3"\n' + body), ['5:depends-on-undefined-service']);
  assert.deepEqual(c('# stevedore-ignore-file depends-on-undefined-service\nversion: "3"\n' + body), ['1:version-obsolete']);
  assert.deepEqual(c('version: "3"\nx: "# stevedore-ignore version-obsolete"\n' + body), ['0:version-obsolete', '5:depends-on-undefined-service']);
});
