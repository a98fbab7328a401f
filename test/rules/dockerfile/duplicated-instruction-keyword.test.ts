import { ruleTester } from '../../support/rule-tester';

ruleTester('duplicated-instruction-keyword', {
  valid: [
    'FROM node:20\nRUN npm ci',
    'FROM node:20\nENV ENV=prod\nUSER user\nLABEL LABEL=x\nWORKDIR workdir',
    'FROM node:20\nRUN --mount=type=cache,target=/x run-tests',
  ],
  invalid: [
    {
      code: 'FROM FROM node:20',
      errors: [{ range: [0, 5, 0, 9], message: 'The keyword `FROM` is repeated; the builder reads `FROM` as an argument.' }],
      output: 'FROM node:20',
    },
    {
      name: 'any case, also RUN and COPY',
      code: 'FROM node:20\nrun run make\nCOPY copy . .',
      errors: [{ range: [1, 4, 1, 7] }, { range: [2, 5, 2, 9] }],
      output: 'FROM node:20\nrun make\nCOPY . .',
    },
    {
      name: 'a flag after the repeated word: the fix is unsafe (the flag stops being an argument)',
      code: 'FROM node:20 AS build\nFROM node:20\nCOPY COPY --from=build /app /app',
      errors: [{ range: [2, 5, 2, 9] }],
      output: 'FROM node:20 AS build\nFROM node:20\nCOPY --from=build /app /app',
    },
    {
      name: 'a FROM that would then take another stage\'s name: the fix is unsafe',
      code: 'FROM node:20 AS build\nFROM FROM node:20 AS build\nFROM nginx:1.27',
      errors: [{ range: [1, 5, 1, 9] }],
      output: 'FROM node:20 AS build\nFROM node:20 AS build\nFROM nginx:1.27',
    },
    {
      name: 'ONBUILD trigger',
      code: 'FROM node:20\nONBUILD RUN RUN make',
      errors: [{ range: [1, 12, 1, 15] }],
      output: 'FROM node:20\nONBUILD RUN make',
    },
  ],
});
