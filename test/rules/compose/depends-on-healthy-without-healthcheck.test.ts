import { memoryFileSystem } from '../../../server/src/engine/fs';
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
    { name: 'image only: may have a HEALTHCHECK', code: api + '  dep:\n    image: postgres:17\n', fs },
    { name: 'HEALTHCHECK in the stage chain', code: api + '  dep:\n    build: ./db\n', fs },
    { name: 'other conditions', code: 'services:\n  api:\n    image: x:1\n    depends_on:\n      dep:\n        condition: service_started\n  dep:\n    image: x:1\n    healthcheck:\n      disable: true\n', fs },
    { name: 'unreadable Dockerfile', code: api + '  dep:\n    build: ./nowhere\n', fs },
  ],
  invalid: [
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
