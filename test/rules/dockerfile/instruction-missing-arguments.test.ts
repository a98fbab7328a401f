import { ruleTester } from '../../support/rule-tester';

ruleTester('instruction-missing-arguments', {
  valid: [
    'FROM alpine:3.20\nWORKDIR /app\nRUN',
    'FROM alpine:3.20\nHEALTHCHECK NONE',
    'FROM alpine:3.20\nHEALTHCHECK --interval=30s CMD wget -qO- http://localhost/ || exit 1',
    'FROM alpine:3.20\nSHELL ["/bin/ash", "-c"]',
    'FROM alpine:3.20\nARG PORT=8080\nEXPOSE $PORT',
    'FROM alpine:3.20\nEXPOSE $UNKNOWN_PORT',
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nWORKDIR', errors: [{ range: [1, 0, 1, 7], message: '`WORKDIR` has no arguments.' }] },
    { code: 'FROM', errors: [{ range: [0, 0, 0, 4], message: '`FROM` has no arguments.' }] },
    { code: 'FROM alpine:3.20\nHEALTHCHECK', errors: [{ range: [1, 0, 1, 11], message: '`HEALTHCHECK` needs `CMD <command>` or `NONE`.' }] },
    { code: 'FROM alpine:3.20\nHEALTHCHECK CMD', errors: [{ range: [1, 0, 1, 11], message: '`HEALTHCHECK CMD` needs a command to run.' }] },
    { code: 'FROM alpine:3.20\nSHELL []', errors: [{ range: [1, 0, 1, 5], message: /needs at least the shell executable/ }] },
    { code: 'FROM alpine:3.20\nARG PORT=\nEXPOSE $PORT', errors: [{ range: [2, 0, 2, 6], message: /expands to nothing/ }] },
    { code: 'FROM alpine:3.20\nONBUILD', errors: [{ range: [1, 0, 1, 7] }] },
    { name: 'CRLF line ends', code: 'FROM alpine:3.20\r\nUSER\r\n', errors: [{ range: [1, 0, 1, 4] }] },
  ],
});
