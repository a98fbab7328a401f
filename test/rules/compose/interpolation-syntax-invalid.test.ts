import { ruleTester } from '../../support/rule-tester';

ruleTester('interpolation-syntax-invalid', {
  valid: [
    'services:\n  web:\n    image: nginx:${TAG:-1.27}\n    command: sh -c "echo $$HOME $${X,,}"\n',
    { name: 'a dash is a default, not part of the name', code: 'services:\n  web:\n    image: ${MY-VAR}\n' },
    'services:\n  web:\n    image: nginx:1.27\n    environment:\n      A: ${B:?missing}\n      C: ${D:+set} $E\n',
  ],
  invalid: [
    {
      name: 'shell lowercase operator in a command',
      code: 'services:\n  web:\n    image: nginx:1.27\n    command: sh -c "echo ${HOSTNAME,,}"\n',
      errors: [{ range: [3, 25, 3, 38], message: /^Unsupported interpolation `\$\{HOSTNAME,,\}`/ }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    command: sh -c "echo $${HOSTNAME,,}"\n',
    },
    {
      name: 'a password containing a dollar',
      code: 'services:\n  db:\n    image: postgres:17\n    environment:\n      - POSTGRES_PASSWORD=ab${}cd\n',
      errors: [{ range: [4, 28, 4, 31], message: /a variable name is expected/ }],
      output: 'services:\n  db:\n    image: postgres:17\n    environment:\n      - POSTGRES_PASSWORD=ab$${}cd\n',
    },
    {
      name: 'unclosed brace in an image: no fix, the meaning is unclear',
      code: 'services:\n  web:\n    image: nginx:${TAG\n',
      errors: [{ range: [2, 17, 2, 22], message: /^Unclosed `\$\{`/ }],
    },
    {
      name: 'substring and length operators',
      code: 'services:\n  web:\n    image: nginx:1.27\n    labels:\n      a: ${VAR:0:2}\n      b: ${#VAR}\n',
      errors: [{ range: [4, 9, 4, 19] }, { range: [5, 9, 5, 16] }],
    },
  ],
});
