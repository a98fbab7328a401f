import { ruleTester } from '../../support/rule-tester';

const f = 'FROM debian:bookworm-slim\n';

ruleTester('workdir-system-directory', {
  valid: [`${f}WORKDIR /app`, `${f}WORKDIR /process`, `${f}WORKDIR /devices`, `${f}ARG D\nWORKDIR /$D`],
  invalid: [
    {
      code: `${f}WORKDIR /proc/app`,
      errors: [{ range: [1, 8, 1, 17], message: '`/proc/app` is under `/proc`, a system folder that is replaced or meaningless at run time.' }],
    },
    { name: 'the folder itself, via ENV', code: `${f}ENV W=/dev\nWORKDIR $W`, errors: [{ range: [2, 8, 2, 10], message: /`\/dev` is under `\/dev`/ }] },
    { name: 'cleaned path', code: `${f}WORKDIR /app/../boot/x`, errors: [{ range: [1, 8, 1, 22], message: /`\/boot\/x`/ }] },
    { name: 'lost+found', code: `${f}WORKDIR /lost+found`, errors: [{ range: [1, 8, 1, 19] }] },
  ],
});
