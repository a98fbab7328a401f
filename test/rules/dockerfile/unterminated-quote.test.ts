import { ruleTester } from '../../support/rule-tester';

ruleTester('unterminated-quote', {
  valid: [
    'FROM alpine:3.20\nLABEL description="Bob\'s tool"\nENV A=\'x "y\' B="z \\" w"',
    { name: 'continuation lines are joined', code: 'FROM alpine:3.20\nLABEL description="one \\\n  two"' },
    { name: 'shell text is another rule\'s', code: 'FROM alpine:3.20\nRUN echo "hi\nCMD echo \'x' },
    { name: 'escaped quote', code: 'FROM alpine:3.20\nENV A=Bob\\\'s' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL description="A small tool',
      errors: [{ range: [1, 18, 1, 19], message: 'This double quote is never closed before the end of the instruction.' }],
    },
    {
      code: 'FROM alpine:3.20\nLABEL description=Bob\'s app',
      errors: [{ range: [1, 21, 1, 22], message: 'This single quote is never closed before the end of the instruction.' }],
    },
    { name: 'backtick escape', code: '# escape=`\nFROM alpine:3.20\nENV A="x`"', errors: [{ range: [2, 6, 2, 7] }] },
  ],
});
