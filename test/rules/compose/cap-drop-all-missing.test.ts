import { ruleTester } from '../../support/rule-tester';

ruleTester('cap-drop-all-missing', {
  valid: ['services:\n  a:\n    image: x:1\n    cap_drop: [ALL]\n    cap_add: [CHOWN]\n', 'services:\n  a:\n    image: x:1\n'],
  invalid: [
    {
      name: 'a flow service mapping takes no block line: no fix',
      code: 'services:\n  web: {image: nginx:1.27,\n    cap_add: [NET_ADMIN]}\n',
      errors: [{ range: [2, 4, 2, 11] }],
    },
    {
      code: 'services:\n  web:\n    image: x:1\n    cap_add:\n      - NET_BIND_SERVICE\n    restart: always\n',
      errors: [{ range: [3, 4, 3, 11], message: 'Service `web` adds capabilities without `cap_drop: [ALL]`, so it keeps the whole default set too.' }],
      output: 'services:\n  web:\n    image: x:1\n    cap_add:\n      - NET_BIND_SERVICE\n    cap_drop: [ALL]\n    restart: always\n',
    },
    {
      name: 'existing cap_drop',
      code: 'services:\n  web:\n    image: x:1\n    cap_add: [CHOWN]\n    cap_drop: [NET_RAW]\n',
      errors: [{ range: [3, 4, 3, 11] }],
      output: 'services:\n  web:\n    image: x:1\n    cap_add: [CHOWN]\n    cap_drop: [NET_RAW, ALL]\n',
    },
  ],
});
