import { ruleTester } from '../../support/rule-tester';

const MESSAGE = 'A device request of service `ml` sets both `count` and `device_ids`: ask for a number of devices or for specific ones, not both.';

ruleTester('device-request-count-and-ids', {
  valid: [
    'services:\n  ml:\n    image: x:1\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - driver: nvidia\n              count: all\n              capabilities: [gpu]\n            - device_ids: ["1", "2"]\n              capabilities: [gpu]\n',
    'services:\n  ml:\n    image: x:1\n    gpus: all\n',
    'services:\n  ml:\n    image: x:1\n    gpus:\n      - driver: nvidia\n        count: 2\n',
  ],
  invalid: [
    {
      code: 'services:\n  ml:\n    image: x:1\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - driver: nvidia\n              count: 1\n              device_ids: ["0"]\n              capabilities: [gpu]\n',
      errors: [{ range: [9, 14, 9, 24], message: MESSAGE }],
    },
    {
      name: 'gpus, device_ids written first',
      code: 'services:\n  ml:\n    image: x:1\n    gpus:\n      - device_ids: ["0"]\n        count: 1\n',
      errors: [{ range: [5, 8, 5, 13], message: MESSAGE }],
    },
  ],
});
