import { ruleTester } from '../../support/rule-tester';

ruleTester('check-directive-invalid', {
  valid: ['# check=skip=JSONArgsRecommended,StageNameCasing;error=true;experimental=all\nFROM alpine:3.20', '# check=error=False\nFROM alpine:3.20'],
  invalid: [
    {
      code: '# check=skip=JSONArgsRecommended;fail=true\nFROM alpine:3.20',
      errors: [{ range: [0, 33, 0, 42], message: 'Unknown check option `fail`; use `skip`, `error` or `experimental`.' }],
      output: '# check=skip=JSONArgsRecommended\nFROM alpine:3.20',
    },
    {
      code: '# check=error=yes\nFROM alpine:3.20',
      errors: [{ range: [0, 8, 0, 17], message: '`error=` takes `true` or `false`, not `yes`.' }],
      output: 'FROM alpine:3.20',
    },
    { code: '# check=skp=all\nFROM alpine:3.20', errors: [{ range: [0, 8, 0, 15], message: 'Unknown check option `skp`; did you mean `skip`?' }], output: 'FROM alpine:3.20' },
    {
      code: '# check=skip=a;error=true;experimental=b;skip=c\nFROM alpine:3.20',
      errors: [{ range: [0, 41, 0, 47], message: /at most three/ }],
      output: '# check=skip=a;error=true;experimental=b\nFROM alpine:3.20',
    },
  ],
});
