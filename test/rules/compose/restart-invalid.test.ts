import { ruleTester } from '../../support/rule-tester';

ruleTester('restart-invalid', {
  valid: [
    'services:\n  a:\n    image: x:1\n    restart: no\n  b:\n    image: x:1\n    restart: on-failure:3\n  c:\n    image: x:1\n    restart: "unless-stopped"\n',
    { name: 'interpolated', code: 'services:\n  a:\n    image: x:1\n    restart: ${RESTART:-always}\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    restart: unless_stopped\n',
      errors: [{ range: [3, 13, 3, 27], message: '`unless_stopped` is not a restart policy: use one of `no`, `always`, `on-failure[:N]`, `unless-stopped`. Did you mean `unless-stopped`?' }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    restart: unless-stopped\n',
    },
    {
      name: 'on_failure with a count, and a word with no suggestion',
      code: 'services:\n  a:\n    image: x:1\n    restart: "on_failure:5"\n  b:\n    image: x:1\n    restart: sometimes\n',
      errors: [{ range: [3, 13, 3, 27] }, { range: [6, 13, 6, 22], message: /not a restart policy: use one of .*`unless-stopped`\.$/ }],
      output: 'services:\n  a:\n    image: x:1\n    restart: on-failure:5\n  b:\n    image: x:1\n    restart: sometimes\n',
    },
  ],
});
