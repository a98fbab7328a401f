import { ruleTester } from '../../support/rule-tester';

const DEPLOY = (limits: string, reservations = '') =>
  `    deploy:\n      resources:\n        limits:\n${limits}` + (reservations ? `        reservations:\n${reservations}` : '');

ruleTester('resource-limit-conflict', {
  valid: [
    `services:\n  api:\n    image: x:1\n    cpus: 0.5\n    mem_limit: 512m\n    pids_limit: 100\n${DEPLOY("          cpus: '0.50'\n          memory: 536870912\n          pids: 100\n")}`,
    `services:\n  api:\n    image: x:1\n    mem_reservation: 1gb\n${DEPLOY('          memory: 2g\n', '          memory: 1024M\n')}`,
    `services:\n  api:\n    image: x:1\n    mem_limit: \${API_MEMORY}\n${DEPLOY('          memory: 1g\n')}`,
    // Only one form: nothing to compare.
    'services:\n  api:\n    image: x:1\n    cpus: 2\n    mem_limit: 1g\n',
  ],
  invalid: [
    {
      code: `services:\n  api:\n    image: x:1\n    cpus: 1.5\n    mem_limit: 512m\n    mem_reservation: 256m\n    pids_limit: 50\n${DEPLOY("          cpus: '2'\n          memory: 1g\n          pids: 100\n", '          memory: 128m\n')}`,
      errors: [
        { range: [3, 10, 3, 13], message: "Service `api` sets `cpus: 1.5` and `deploy.resources.limits.cpus: 2`: Compose refuses two different values. Keep one." },
        { range: [4, 15, 4, 19], message: 'Service `api` sets `mem_limit: 512m` and `deploy.resources.limits.memory: 1g`: Compose refuses two different values. Keep one.' },
        { range: [5, 21, 5, 25], message: 'Service `api` sets `mem_reservation: 256m` and `deploy.resources.reservations.memory: 128m`: Compose refuses two different values. Keep one.' },
        { range: [6, 16, 6, 18], message: 'Service `api` sets `pids_limit: 50` and `deploy.resources.limits.pids: 100`: Compose refuses two different values. Keep one.' },
      ],
    },
  ],
});
