import { ruleTester } from '../../support/rule-tester';

ruleTester('bind-propagation-shared', {
  valid: ['services:\n  a:\n    image: x:1\n    volumes:\n      - /mnt:/mnt:ro,rprivate\n      - type: bind\n        source: /mnt\n        target: /m\n        bind:\n          propagation: private\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    image: x:1\n    volumes:\n      - /mnt/data:/data:ro,rshared\n      - type: bind\n        source: /mnt\n        target: /m\n        bind:\n          propagation: slave\n',
      errors: [
        { range: [4, 27, 4, 34], message: 'Bind mount of service `a` uses `rshared` propagation: mounts leak between the host and the container.' },
        { range: [9, 23, 9, 28] },
      ],
    },
  ],
});
