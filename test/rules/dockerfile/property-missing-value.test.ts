import { ruleTester } from '../../support/rule-tester';

ruleTester('property-missing-value', {
  valid: [
    'FROM alpine:3.20\nENV DEBUG=""\nENV A=1 B=2\nLABEL a=b',
    { name: 'legacy form has a value', code: 'FROM alpine:3.20\nENV PATH /usr/local/bin:$PATH' },
    { name: 'ARG may be declared without a value', code: 'FROM alpine:3.20\nARG VERSION\nARG A B' },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nENV DEBUG', errors: [{ range: [1, 4, 1, 9], message: '`ENV` `DEBUG` has no value; write `DEBUG=<value>`.' }] },
    { code: 'FROM alpine:3.20\nLABEL a=b c', errors: [{ range: [1, 10, 1, 11], message: '`c` has no `=value`; every property of `LABEL` needs one.' }] },
    { code: 'FROM alpine:3.20\nENV =x', errors: [{ range: [1, 4, 1, 6], message: 'A property of `ENV` has a value but no name.' }] },
    { code: 'ARG =x\nFROM alpine:3.20', errors: [{ range: [0, 4, 0, 6] }] },
  ],
});
