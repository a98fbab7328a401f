import { ruleTester } from '../../support/rule-tester';

ruleTester('legacy-key-value-format', {
  valid: ['FROM alpine:3.20\nENV A=1 B="x y"\nLABEL a=b', { name: 'ARG has no legacy form', code: 'FROM alpine:3.20\nARG A' }],
  invalid: [
    {
      code: 'FROM alpine:3.20\nENV APP_HOME /srv/app',
      errors: [{ range: [1, 4, 1, 12], message: '`ENV APP_HOME …` uses the legacy form; write `APP_HOME=…`.' }],
      output: 'FROM alpine:3.20\nENV APP_HOME=/srv/app',
    },
    { code: 'FROM alpine:3.20\nLABEL maintainer Jane  Doe', errors: [{ range: [1, 6, 1, 16] }], output: 'FROM alpine:3.20\nLABEL maintainer="Jane  Doe"' },
    { code: 'FROM alpine:3.20\nENV GREETING "hello world"', errors: [{ range: [1, 4, 1, 12] }], output: 'FROM alpine:3.20\nENV GREETING="hello world"' },
    { name: 'no fix for mixed quoting', code: 'FROM alpine:3.20\nENV MSG it\'s "x"', errors: [{ range: [1, 4, 1, 7] }] },
  ],
});
