import { ruleTester } from '../../support/rule-tester';

ruleTester('escape-directive-invalid', {
  valid: ['# escape=`\nFROM alpine:3.20', '# escape=\\\nFROM alpine:3.20', { name: 'not in the directive block', code: 'FROM alpine:3.20\n# escape=^' }],
  invalid: [
    {
      code: '# escape=^\nFROM alpine:3.20',
      errors: [{ range: [0, 9, 0, 10], message: 'The escape character must be `\\` or a backtick, not `^`.' }],
      output: '# escape=\\\nFROM alpine:3.20',
      alternatives: ['# escape=`\nFROM alpine:3.20'],
    },
    { code: '# escape=\nFROM alpine:3.20', errors: [{ range: [0, 2, 0, 8], message: /has no value/ }], output: '# escape=\\\nFROM alpine:3.20' },
  ],
});
