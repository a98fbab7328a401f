import { ruleTester } from '../../support/rule-tester';

ruleTester('scale-replicas-conflict', {
  valid: [
    'services:\n  worker:\n    image: x:1\n    scale: 3\n    deploy:\n      replicas: 3\n',
    'services:\n  worker:\n    image: x:1\n    scale: "2"\n    deploy:\n      replicas: 2\n',
    'services:\n  worker:\n    image: x:1\n    scale: 0\n',
    'services:\n  worker:\n    image: x:1\n    scale: ${WORKERS}\n    deploy:\n      replicas: 3\n',
  ],
  invalid: [
    {
      code: 'services:\n  worker:\n    image: x:1\n    scale: 2\n    deploy:\n      replicas: 3\n',
      errors: [{ range: [3, 11, 3, 12], message: 'Service `worker` sets `scale: 2` and `deploy.replicas: 3`: Compose refuses two different values. Keep one.' }],
    },
    {
      name: 'negative values',
      code: 'services:\n  a:\n    image: x:1\n    scale: -1\n  b:\n    image: x:1\n    deploy:\n      replicas: -2\n',
      errors: [
        { range: [3, 11, 3, 13], message: 'Service `a` sets `scale: -1`: the number of containers cannot be negative.' },
        { range: [7, 16, 7, 18], message: 'Service `b` sets `deploy.replicas: -2`: the number of containers cannot be negative.' },
      ],
    },
  ],
});
