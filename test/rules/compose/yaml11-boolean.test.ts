import { ruleTester } from '../../support/rule-tester';

ruleTester('yaml11-boolean', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    read_only: true\n    restart: no\n',
    { name: 'quoted words and non-boolean fields', code: 'services:\n  web:\n    image: nginx:1.27\n    read_only: "yes"\n    hostname: on\n    environment:\n      DEBUG: yes\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    read_only: yes\n    tty: Off\nnetworks:\n  n:\n    external: y\n',
      errors: [
        { range: [3, 15, 3, 18], message: '`yes` is a YAML 1.1 boolean: YAML 1.2 reads it as a string. Write `true`.' },
        { range: [4, 9, 4, 12], message: '`Off` is a YAML 1.1 boolean: YAML 1.2 reads it as a string. Write `false`.' },
        { range: [7, 14, 7, 15] },
      ],
      output: 'services:\n  web:\n    image: nginx:1.27\n    read_only: true\n    tty: false\nnetworks:\n  n:\n    external: true\n',
    },
  ],
});
