import { ruleTester } from '../../support/rule-tester';

ruleTester('parser-directive-duplicate', {
  valid: [
    '# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=all\nFROM alpine:3.20',
    { name: 'a later comment is not a directive', code: '# syntax=docker/dockerfile:1\nFROM alpine:3.20\n# syntax=docker/dockerfile:1.4' },
  ],
  invalid: [
    {
      code: '# check=skip=JSONArgsRecommended\n# check=error=true;skip=StageNameCasing\nFROM alpine:3.20',
      errors: [{ range: [1, 2, 1, 7], message: 'Only one `check` directive is allowed; the first is on line 1.' }],
      output: '# check=skip=JSONArgsRecommended,StageNameCasing;error=true\nFROM alpine:3.20',
    },
    {
      code: '# syntax=docker/dockerfile:1\n# SYNTAX=docker/dockerfile:1.4\nFROM alpine:3.20',
      errors: [{ range: [1, 2, 1, 8] }],
      output: '# syntax=docker/dockerfile:1\nFROM alpine:3.20',
    },
  ],
});
