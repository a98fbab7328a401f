import { ruleTester } from '../../support/rule-tester';

const f = 'FROM node:22-slim\nWORKDIR /app\n';

ruleTester('copy-source-outside-context', {
  valid: [
    `${f}COPY shared/lib ./lib`,
    `${f}COPY ./a/../b ./`,
    `${f}COPY /etc/config ./`,
    `${f}COPY --from=build ../out ./`,
    `${f}ADD https://example.com/../x /tmp/`,
    `${f}ARG SRC\nCOPY $SRC ./`,
  ],
  invalid: [
    {
      code: `${f}COPY ../shared/lib ./lib`,
      errors: [{ range: [2, 5, 2, 18], message: '`../shared/lib` climbs above the build context; the builder cannot read outside it.' }],
    },
    { name: 'hidden in the middle', code: `${f}COPY a/../../b ./`, errors: [{ range: [2, 5, 2, 14] }] },
    { name: 'from a variable', code: `${f}ARG LIB=../lib\nCOPY ["$LIB", "./"]`, errors: [{ range: [3, 7, 3, 11] }] },
  ],
});
