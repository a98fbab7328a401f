import { ruleTester } from '../../support/rule-tester';

ruleTester('memory-reservation-exceeds-limit', {
  valid: [
    'services:\n  api:\n    image: x:1\n    mem_limit: 1g\n    mem_reservation: 1024m\n',
    'services:\n  api:\n    image: x:1\n    mem_reservation: 4g\n',
    // 0 means no limit.
    'services:\n  api:\n    image: x:1\n    mem_limit: 0\n    mem_reservation: 4g\n',
    'services:\n  api:\n    image: x:1\n    mem_limit: ${LIMIT:-1g}\n    mem_reservation: 2g\n',
    'services:\n  api:\n    image: x:1\n    deploy:\n      resources:\n        limits:\n          memory: 2G\n        reservations:\n          memory: 512M\n',
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    image: x:1\n    mem_limit: 512m\n    mem_reservation: 1g\n',
      errors: [{ range: [4, 21, 4, 23], message: 'Service `api` reserves `1g` of memory but is limited to `512m`: the engine refuses a reservation above the limit.' }],
    },
    {
      name: 'deploy form',
      code: 'services:\n  api:\n    image: x:1\n    deploy:\n      resources:\n        limits:\n          memory: 256M\n        reservations:\n          memory: "1G"\n',
      errors: [{ range: [8, 18, 8, 22], message: 'Service `api` reserves `1G` of memory but is limited to `256M`: the engine refuses a reservation above the limit.' }],
    },
    {
      name: 'mixed forms',
      code: 'services:\n  api:\n    image: x:1\n    mem_limit: 268435456\n    deploy:\n      resources:\n        reservations:\n          memory: 512m\n',
      errors: [{ range: [7, 18, 7, 22], message: 'Service `api` reserves `512m` of memory but is limited to `268435456`: the engine refuses a reservation above the limit.' }],
    },
  ],
});
