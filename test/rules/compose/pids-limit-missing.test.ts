import { ruleTester } from '../../support/rule-tester';

ruleTester('pids-limit-missing', {
  valid: ['services:\n  a:\n    image: x:1\n    pids_limit: 200\n', 'services:\n  a:\n    image: x:1\n    deploy:\n      resources:\n        limits:\n          pids: 100\n'],
  invalid: [
    { code: 'services:\n  api:\n    image: x:1\n', errors: [{ range: [1, 2, 1, 5], message: 'Service `api` sets no process-count limit (`pids_limit` or `deploy.resources.limits.pids`).' }] },
    { name: '-1 is unlimited', code: 'services:\n  api:\n    image: x:1\n    pids_limit: -1\n', errors: [{ range: [1, 2, 1, 5] }] },
  ],
});
