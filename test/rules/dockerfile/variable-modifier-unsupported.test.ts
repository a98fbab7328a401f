import { ruleTester } from '../../support/rule-tester';

ruleTester('variable-modifier-unsupported', {
  valid: [
    'FROM alpine:3.20\nARG V=1.2.3\nENV A=${V} B=${V:-x} C=${V+y} D=${V:?must be set} E=${V%%.*} F=${V/./-}',
    { name: 'shell text is left to the shell', code: 'FROM alpine:3.20\nRUN echo ${V:0:3} ${#V} ${V^^}' },
    { name: 'single quotes are not expanded', code: "FROM alpine:3.20\nENV A='${V:0:3}'" },
    { name: 'escaped dollar', code: 'FROM alpine:3.20\nENV A=\\${V:0:3}' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nARG VERSION=1.2.3\nENV MAJOR=${VERSION:0:1}',
      errors: [{ range: [2, 10, 2, 24], message: '`${VERSION:0:1}`: the builder has no substring operator; use `#`, `%` or a RUN step instead.' }],
    },
    { code: 'FROM alpine:3.20\nLABEL a=${#NAME} b=${NAME^^}', errors: [{ range: [1, 8, 1, 16], message: /length/ }, { range: [1, 19, 1, 28], message: /case-change/ }] },
    {
      name: 'pattern operators need 1.7',
      code: '# syntax=docker/dockerfile:1.6\nFROM alpine:3.20\nARG V=1.2\nWORKDIR /opt/${V%%.*}',
      errors: [{ range: [3, 13, 3, 21], message: /needs frontend 1.7/ }],
    },
  ],
});
