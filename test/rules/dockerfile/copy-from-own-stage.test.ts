import { ruleTester } from '../../support/rule-tester';

ruleTester('copy-from-own-stage', {
  valid: [
    'FROM node:22-slim AS build\nFROM nginx:1.29\nCOPY --from=build /a /b',
    'FROM node:22-slim AS build\nCOPY --from=nginx:1.29 /a /b',
    'FROM alpine:3.22 AS a\nFROM a AS b\nFROM alpine:3.22\nCOPY --from=b /x /x',
  ],
  invalid: [
    {
      code: 'FROM node:22-slim AS build\nCOPY --from=build /app/dist /srv',
      errors: [{ range: [1, 12, 1, 17], message: 'Stage `build` copies from itself; its files do not exist until it is built.' }],
    },
    { name: 'by index', code: 'FROM alpine:3.22\nFROM alpine:3.22\nCOPY --from=1 /a /b', errors: [] },
    { name: 'in a mount', code: 'FROM alpine:3.22 AS x\nRUN --mount=type=bind,from=X,target=/x ls', errors: [{ range: [1, 27, 1, 28] }] },
    {
      name: 'a longer cycle',
      code: 'FROM alpine:3.22 AS a\nCOPY --from=b /x /x\nFROM a AS b',
      errors: [{ range: [1, 12, 1, 13], message: 'Copying from `b` closes a circular dependency between stages: a → b → a.' }],
    },
  ],
});
