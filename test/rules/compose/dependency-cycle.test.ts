import { ruleTester } from '../../support/rule-tester';

ruleTester('dependency-cycle', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    depends_on: [api]\n  api:\n    image: acme/api:1.4\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:17\n',
    // A diamond is not a cycle.
    'services:\n  a:\n    image: x:1\n    depends_on: [b, c]\n  b:\n    image: x:1\n    depends_on: [d]\n  c:\n    image: x:1\n    links: [d]\n  d:\n    image: x:1\n',
    // container: references name containers, not services.
    'services:\n  a:\n    image: x:1\n    network_mode: container:a\n    volumes_from: ["container:a"]\n',
  ],
  invalid: [
    {
      name: 'two services depending on each other',
      code: 'services:\n  api:\n    image: acme/api:1.4\n    depends_on: [worker]\n  worker:\n    image: acme/worker:1.4\n    depends_on:\n      - api\n',
      errors: [{ range: [3, 17, 3, 23], message: 'Dependency cycle: `api` → `worker` → `api`. Compose cannot decide which service to start first.' }],
    },
    {
      name: 'a cycle through implicit dependencies',
      code:
        'services:\n  app:\n    image: x:1\n    network_mode: service:vpn\n  vpn:\n    image: x:1\n    volumes_from: ["data:ro"]\n  data:\n    image: x:1\n    links:\n      - app:application\n',
      errors: [{ range: [3, 18, 3, 29], message: 'Dependency cycle: `app` → `vpn` → `data` → `app`. Compose cannot decide which service to start first.' }],
    },
    {
      name: 'a service depending on itself',
      code: 'services:\n  db:\n    image: postgres:17\n    depends_on:\n      db:\n        condition: service_started\n',
      errors: [{ range: [4, 6, 4, 8], message: 'Service `db` depends on itself through `depends_on`.' }],
    },
    {
      name: 'two separate cycles',
      code: 'services:\n  a:\n    image: x:1\n    depends_on: [b, c]\n  b:\n    image: x:1\n    ipc: service:a\n  c:\n    image: x:1\n    depends_on: [a]\n',
      errors: [
        { range: [3, 17, 3, 18], message: 'Dependency cycle: `a` → `b` → `a`. Compose cannot decide which service to start first.' },
        { range: [3, 20, 3, 21], message: 'Dependency cycle: `a` → `c` → `a`. Compose cannot decide which service to start first.' },
      ],
    },
    {
      // Three edges between two services: not one plain cycle, so each edge is searched from.
      name: 'two dependencies on the same service, each closing its own cycle',
      code: 'services:\n  a:\n    image: x:1\n    depends_on: [b]\n    links: [b]\n  b:\n    image: x:1\n    depends_on: [a]\n',
      errors: [
        { range: [3, 17, 3, 18], message: 'Dependency cycle: `a` → `b` → `a`. Compose cannot decide which service to start first.' },
        { range: [4, 12, 4, 13], message: 'Dependency cycle: `a` → `b` → `a`. Compose cannot decide which service to start first.' },
      ],
    },
    {
      name: 'a ring of five, reported once at the first dependency written',
      code: 'services:\n' + ['c', 'd', 'e', 'a', 'b'].map((s, k, all) => `  ${s}:\n    image: x:1\n    depends_on: [${all[(k + 1) % 5]}]\n`).join(''),
      errors: [{ range: [3, 17, 3, 18], message: 'Dependency cycle: `c` → `d` → `e` → `a` → `b` → `c`. Compose cannot decide which service to start first.' }],
    },
  ],
});
