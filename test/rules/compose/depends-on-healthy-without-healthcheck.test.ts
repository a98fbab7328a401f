import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryFileSystem } from '../../../server/src/engine/fs';
import { lint } from '../../../server/src/engine/lint';
import { ruleTester } from '../../support/rule-tester';

const fs = memoryFileSystem({
  '/work/compose.yaml': '',
  '/work/db/Dockerfile': 'FROM postgres:17 AS base\nHEALTHCHECK CMD pg_isready\nFROM base AS final\n',
  '/work/cache/Dockerfile': 'FROM redis:8\nCOPY redis.conf /etc/\n',
  '/work/off/Dockerfile': 'FROM acme/base:1\nHEALTHCHECK NONE\n',
});
const api = 'services:\n  api:\n    image: x:1\n    depends_on:\n      dep:\n        condition: service_healthy\n';

ruleTester('depends-on-healthy-without-healthcheck', {
  valid: [
    { code: api + '  dep:\n    image: postgres:17\n    healthcheck:\n      test: pg_isready\n', fs },
    { name: 'extends: the healthcheck may come from the base service', code: api + '  dep:\n    image: postgres:17\n    extends:\n      file: base.yaml\n      service: db\n', fs },
    { name: 'healthcheck defined, image only', code: api + '  dep:\n    image: postgres:17\n    healthcheck:\n      test: ["CMD", "pg_isready"]\n', fs },
    { name: 'HEALTHCHECK in the stage chain', code: api + '  dep:\n    build: ./db\n', fs },
    { name: 'other conditions', code: 'services:\n  api:\n    image: x:1\n    depends_on:\n      dep:\n        condition: service_started\n  dep:\n    image: x:1\n    healthcheck:\n      disable: true\n', fs },
    { name: 'unreadable Dockerfile', code: api + '  dep:\n    build: ./nowhere\n', fs },
  ],
  invalid: [
    {
      name: 'image only: may have a HEALTHCHECK of its own (warning)',
      code: api + '  dep:\n    image: postgres:17\n',
      fs,
      errors: [{ range: [4, 6, 4, 9], message: 'Service `api` waits for `dep` to be healthy, but `dep` has no healthcheck in the compose file; `up` fails unless its image `postgres:17` defines a HEALTHCHECK.' }],
      output: api + '  dep:\n    image: postgres:17\n    healthcheck:\n      test: ["CMD-SHELL", "curl -fsS http://localhost/ || exit 1"]\n      interval: 30s\n      timeout: 5s\n      retries: 3\n',
    },
    {
      name: 'image only, healthcheck with timings but no test (warning, no template next to the existing key)',
      code: api + '  dep:\n    image: acme/db:2\n    healthcheck:\n      interval: 10s\n',
      fs,
      errors: [{ range: [4, 6, 4, 9], message: /unless its image `acme\/db:2` defines a HEALTHCHECK/ }],
    },
    {
      name: 'Dockerfile without HEALTHCHECK, healthcheck with timings only: error, no fix',
      code: api + '  dep:\n    build: ./cache\n    healthcheck:\n      retries: 5\n',
      fs,
      errors: [{ range: [4, 6, 4, 9], message: /neither the compose file nor its Dockerfile defines one/ }],
    },
    {
      name: 'image only but disabled in the compose file: still an error, no fix',
      code: api + '  dep:\n    image: postgres:17\n    healthcheck:\n      disable: true\n',
      fs,
      errors: [{ range: [4, 6, 4, 9], message: /its healthcheck is disabled/ }],
    },
    {
      name: 'disabled in the compose file: no fix',
      code: api + '  dep:\n    image: postgres:17\n    healthcheck:\n      test: ["NONE"]\n',
      fs,
      errors: [{ range: [4, 6, 4, 9], message: 'Service `api` waits for `dep` to be healthy, but `dep` has no healthcheck: its healthcheck is disabled.' }],
    },
    {
      name: 'Dockerfile without HEALTHCHECK',
      code: api + '  dep:\n    build: ./cache\n',
      fs,
      errors: [{ range: [4, 6, 4, 9], message: 'Service `api` waits for `dep` to be healthy, but `dep` has no healthcheck: neither the compose file nor its Dockerfile defines one.' }],
      output: api + '  dep:\n    build: ./cache\n    healthcheck:\n      test: ["CMD-SHELL", "curl -fsS http://localhost/ || exit 1"]\n      interval: 30s\n      timeout: 5s\n      retries: 3\n',
    },
    {
      name: 'HEALTHCHECK NONE',
      code: api + '  dep:\n    build:\n      context: off\n',
      fs,
      errors: [{ range: [4, 6, 4, 9], message: /its Dockerfile disables the healthcheck/ }],
      output: api + '  dep:\n    build:\n      context: off\n    healthcheck:\n      test: ["CMD-SHELL", "curl -fsS http://localhost/ || exit 1"]\n      interval: 30s\n      timeout: 5s\n      retries: 3\n',
    },
  ],
});

test('depends-on-healthy-without-healthcheck: a warning when the image may define a HEALTHCHECK, an error when provably missing', () => {
  const severities = (code: string) =>
    lint(code, { fileName: '/work/compose.yaml', fs }).findings
      .filter((x) => x.rule === 'depends-on-healthy-without-healthcheck')
      .map((x) => x.severity);
  assert.deepEqual(severities(api + '  dep:\n    image: postgres:17\n'), ['warning']);
  assert.deepEqual(severities(api + '  dep:\n    build: ./cache\n'), ['error']);
  assert.deepEqual(severities(api + '  dep:\n    image: postgres:17\n    healthcheck:\n      disable: true\n'), ['error']);
});
