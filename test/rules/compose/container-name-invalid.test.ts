import { ruleTester } from '../../support/rule-tester';

ruleTester('container-name-invalid', {
  valid: [
    'services:\n  a:\n    image: x:1\n    container_name: acme_api.v2-1\n',
    'services:\n  a:\n    image: x:1\n    container_name: ${PROJECT}/api\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: x:1\n    container_name: "acme api"\n',
      errors: [{ range: [3, 21, 3, 29], message: 'Container name `acme api` of service `a` is invalid: use letters, digits, `_`, `.` and `-`, starting with a letter or digit.' }],
    },
    { name: 'leading dash and single character', code: 'services:\n  a:\n    image: x:1\n    container_name: -api\n  b:\n    image: x:1\n    container_name: b\n', errors: [{ range: [3, 20, 3, 24] }, { range: [6, 20, 6, 21] }] },
  ],
});
