import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryFileSystem } from '../../../server/src/engine/fs';
import { lintWithRule, ruleTester } from '../../support/rule-tester';

const fs = memoryFileSystem({ '/work/compose.yaml': '', '/work/Dockerfile': 'FROM node:22\nHEALTHCHECK CMD node health.js\n' });

ruleTester('service-healthcheck-missing', {
  valid: [
    'services:\n  a:\n    image: x:1\n    healthcheck:\n      test: ["CMD", "true"]\n',
    { name: 'HEALTHCHECK in the Dockerfile', code: 'services:\n  a:\n    build: .\n', fs },
    { name: 'one-shot services', code: 'services:\n  migrate:\n    image: x:1\n    restart: "no"\n  seed:\n    image: x:1\n  app:\n    image: x:1\n    healthcheck:\n      test: ["CMD", "true"]\n    depends_on:\n      seed:\n        condition: service_completed_successfully\n' },
  ],
  invalid: [
    {
      name: 'a file indented by four spaces gets its new lines indented the same way',
      code: 'services:\n    api:\n        image: x:1\n',
      errors: [{ range: [1, 4, 1, 7] }],
      output:
        'services:\n    api:\n        image: x:1\n        healthcheck:\n            test: ["CMD-SHELL", "curl -fsS http://localhost/ || exit 1"]\n' +
        '            interval: 30s\n            timeout: 5s\n            retries: 3\n',
    },
    {
      code: 'services:\n  api:\n    image: x:1\n',
      errors: [{ range: [1, 2, 1, 5], message: 'Service `api` has no healthcheck: Docker cannot tell whether it works, only whether it runs.' }],
      output: 'services:\n  api:\n    image: x:1\n    healthcheck:\n      test: ["CMD-SHELL", "curl -fsS http://localhost/ || exit 1"]\n      interval: 30s\n      timeout: 5s\n      retries: 3\n',
    },
    {
      name: 'disabled is deliberate: no finding; only timings: reported without a second key',
      code: 'services:\n  a:\n    image: x:1\n    healthcheck:\n      disable: true\n  b:\n    image: x:1\n',
      errors: [{ range: [5, 2, 5, 3] }],
      output: 'services:\n  a:\n    image: x:1\n    healthcheck:\n      disable: true\n  b:\n    image: x:1\n    healthcheck:\n      test: ["CMD-SHELL", "curl -fsS http://localhost/ || exit 1"]\n      interval: 30s\n      timeout: 5s\n      retries: 3\n',
    },
  ],
});


test('a healthcheck with timings only gets no template fix (it would duplicate the key)', () => {
  const code = 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      interval: 30s\n';
  for (const f of lintWithRule('service-healthcheck-missing', { code }).filter((x) => x.rule === 'service-healthcheck-missing')) {
    assert.deepEqual(f.fixes, []);
  }
});
