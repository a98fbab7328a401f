import { ruleTester } from '../../support/rule-tester';

ruleTester('schema-type-mismatch', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n    cpus: 0.5\n    scale: 2\n',
    { name: 'interpolated scalars satisfy any scalar type', code: 'services:\n  web:\n    image: nginx:1.27\n    cpus: ${CPUS}\n    privileged: ${PRIV:-false}\n    ports: ["${PORT}:80"]\n' },
    { name: 'yes on a boolean field is yaml11-boolean', code: 'networks:\n  n:\n    external: yes\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    privileged: enabled\n    cpus: lots\n    scale: two\n',
      errors: [
        { range: [3, 16, 3, 23], message: '`privileged` must be a boolean (true or false), not `enabled`.' },
        { range: [4, 10, 4, 14], message: '`cpus` must be a number, not `lots`.' },
        { range: [5, 11, 5, 14], message: '`scale` must be an integer, not `two`.' },
      ],
    },
    {
      name: 'a string where a list is required',
      code: 'services:\n  web:\n    image: nginx:1.27\n    cap_add: NET_ADMIN\n',
      errors: [{ range: [3, 13, 3, 22], message: /^`cap_add` must be .*not `NET_ADMIN`\.$/ }],
    },
  ],
});
