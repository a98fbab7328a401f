import { ruleTester } from '../../support/rule-tester';

ruleTester('cpu-limit-missing', {
  valid: ['services:\n  a:\n    image: x:1\n    cpus: 0.5\n', 'services:\n  a:\n    image: x:1\n    cpu_quota: 50000\n', 'services:\n  a:\n    image: x:1\n    deploy:\n      resources:\n        limits:\n          cpus: "2"\n'],
  invalid: [
    { code: 'services:\n  api:\n    image: x:1\n    mem_limit: 1g\n', errors: [{ range: [1, 2, 1, 5], message: 'Service `api` sets no CPU limit (`cpus`, `cpu_quota` or `deploy.resources.limits.cpus`).' }] },
  ],
});
