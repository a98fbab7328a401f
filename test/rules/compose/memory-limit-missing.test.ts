import { ruleTester } from '../../support/rule-tester';

ruleTester('memory-limit-missing', {
  valid: ['services:\n  a:\n    image: x:1\n    mem_limit: 512m\n', 'services:\n  a:\n    image: x:1\n    deploy:\n      resources:\n        limits:\n          memory: 1G\n'],
  invalid: [
    {
      code: 'services:\n  api:\n    image: x:1\n    deploy:\n      resources:\n        limits:\n          cpus: "1"\n',
      errors: [{ range: [1, 2, 1, 5], message: 'Service `api` sets no memory limit (`mem_limit` or `deploy.resources.limits.memory`).' }],
    },
  ],
});
