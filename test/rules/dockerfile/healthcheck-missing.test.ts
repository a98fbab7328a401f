import { ruleTester } from '../../support/rule-tester';

const tpl = 'HEALTHCHECK --interval=30s --timeout=5s CMD curl -fsS http://localhost/ || exit 1';

ruleTester('healthcheck-missing', {
  valid: [
    `FROM nginx:1.27\n${tpl}`,
    'FROM nginx:1.27\nHEALTHCHECK NONE',
    'FROM nginx:1.27 AS base\nHEALTHCHECK CMD true\nFROM base\nCOPY a /a',
  ],
  invalid: [
    {
      code: 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\n',
      errors: [{ range: [0, 5, 0, 15], message: 'The final stage has no `HEALTHCHECK`, so Docker cannot tell when the service stops answering.' }],
      output: `FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\n${tpl}\n`,
    },
    {
      name: 'only the final stage counts; no trailing newline',
      code: 'FROM golang:1.23 AS build\nHEALTHCHECK CMD true\nFROM scratch\nCOPY --from=build /app /app',
      errors: [{ range: [2, 5, 2, 12] }],
      output: `FROM golang:1.23 AS build\nHEALTHCHECK CMD true\nFROM scratch\nCOPY --from=build /app /app\n${tpl}\n`,
    },
    {
      name: 'the file ends inside an open line continuation: the template would join the RUN, so no fix',
      code: 'FROM nginx:1.27\nRUN apt-get update \\\n',
      errors: [{ range: [0, 5, 0, 15] }],
    },
    {
      name: 'a continuation closed by its last line (a backslash inside a comment does not continue)',
      code: 'FROM nginx:1.27\nRUN apt-get update \\\n  && true\n# note \\\n',
      errors: [{ range: [0, 5, 0, 15] }],
      output: `FROM nginx:1.27\nRUN apt-get update \\\n  && true\n# note \\\n${tpl}\n`,
    },
    {
      name: 'a lone \\r ends a line for editors but not for the builder: no fix adds a line (engine/lint.ts)',
      code: 'FROM nginx:1.27\rCOPY a /a\r',
      errors: [{ range: [0, 5, 0, 15] }],
    },
  ],
});
