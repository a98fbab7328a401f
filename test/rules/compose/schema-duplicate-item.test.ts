import { ruleTester } from '../../support/rule-tester';

ruleTester('schema-duplicate-item', {
  valid: ['services:\n  web:\n    image: nginx:1.27\n    cap_add: [NET_ADMIN, SYS_TIME]\n    dns: [1.1.1.1, 8.8.8.8]\n'],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    cap_add:\n      - NET_ADMIN\n      - NET_ADMIN # again\n    environment:\n      - A=1\n',
      errors: [{ range: [5, 8, 5, 17], message: 'Duplicate item `NET_ADMIN` in `cap_add`.' }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    cap_add:\n      - NET_ADMIN\n    environment:\n      - A=1\n',
    },
    {
      name: 'flow list',
      code: 'services:\n  web:\n    image: nginx:1.27\n    dns: [1.1.1.1, 8.8.8.8, 1.1.1.1]\n',
      errors: [{ range: [3, 28, 3, 35], message: 'Duplicate item `1.1.1.1` in `dns`.' }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    dns: [1.1.1.1, 8.8.8.8]\n',
    },
    {
      name: 'a flow list item first on its line: deleting it with the comma would join the lines, so no fix',
      code: 'services:\n  web:\n    image: nginx:1.27\n    dns: [1.1.1.1,\n      1.1.1.1]\n',
      errors: [{ range: [4, 6, 4, 13], message: 'Duplicate item `1.1.1.1` in `dns`.' }],
    },
    {
      name: 'many repeats on one line, each deleted with its comma',
      code: `services:\n  web:\n    image: nginx:1.27\n    dns: [${Array(5).fill('1.1.1.1').join(',  ')}]\n`,
      errors: [1, 2, 3, 4].map((k) => ({ range: [3, 10 + 10 * k, 3, 17 + 10 * k] as [number, number, number, number] })),
      output: 'services:\n  web:\n    image: nginx:1.27\n    dns: [1.1.1.1]\n',
    },
  ],
});
