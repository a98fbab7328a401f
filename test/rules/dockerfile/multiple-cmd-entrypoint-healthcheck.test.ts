import { ruleTester } from '../../support/rule-tester';

const f = 'FROM node:22-slim\n';

ruleTester('multiple-cmd-entrypoint-healthcheck', {
  valid: [
    `${f}CMD ["node", "server.js"]`,
    `${f}CMD ["a"]\nFROM node:22-slim\nCMD ["b"]`,
    `${f}ENTRYPOINT ["node"]\nCMD ["server.js"]\nHEALTHCHECK NONE`,
  ],
  invalid: [
    {
      code: `${f}CMD ["node", "migrate.js"]\nCMD ["node", "server.js"]`,
      errors: [{ range: [1, 0, 1, 3], message: 'This `CMD` has no effect: the `CMD` on line 3 replaces it.' }],
      output: `${f}CMD ["node", "server.js"]`,
    },
    {
      name: 'three ENTRYPOINTs and two multi-line HEALTHCHECKs',
      code: `${f}ENTRYPOINT a\nENTRYPOINT b\nHEALTHCHECK CMD \\\n  true\nENTRYPOINT c\nHEALTHCHECK NONE\n`,
      errors: [
        { range: [1, 0, 1, 10], message: /`ENTRYPOINT` on line 6/ },
        { range: [2, 0, 2, 10] },
        { range: [3, 0, 3, 11], message: 'This `HEALTHCHECK` has no effect: the `HEALTHCHECK` on line 7 replaces it.' },
      ],
      output: `${f}ENTRYPOINT c\nHEALTHCHECK NONE\n`,
    },
  ],
});
