import { ruleTester } from '../../support/rule-tester';

ruleTester('flag-unknown', {
  valid: [
    'FROM --platform=$BUILDPLATFORM node:20 AS build\nRUN --mount=type=cache,target=/root/.npm --network=none npm ci\nCOPY --from=build --chown=1000:1000 --chmod=755 --link /a /b\nADD --checksum=sha256:abc --keep-git-dir https://x/y.git /z\nHEALTHCHECK --interval=30s --timeout=3s --start-period=5s --start-interval=1s --retries=3 CMD true',
    { name: 'a dash inside the command is not a flag', code: 'FROM alpine:3.20\nRUN apk add -U curl' },
  ],
  invalid: [
    {
      code: 'FROM node:20 AS build\nCOPY --form=build /app /app',
      errors: [{ range: [1, 5, 1, 11], message: '`COPY` has no flag `--form`. Did you mean `--from`?' }],
      output: 'FROM node:20 AS build\nCOPY --from=build /app /app',
      alternatives: ['FROM node:20 AS build\nCOPY /app /app'],
    },
    {
      name: 'no suggestion: only removal',
      code: 'FROM node:20\nRUN --privileged make',
      errors: [{ range: [1, 4, 1, 16], message: '`RUN` has no flag `--privileged`.' }],
      output: 'FROM node:20\nRUN make',
    },
    {
      name: 'one dash',
      code: 'FROM node:20 AS build\nCOPY -from=build /app /app',
      errors: [{ range: [1, 5, 1, 10], message: 'Flags start with two dashes: write `--from`, not `-from`.' }],
      output: 'FROM node:20 AS build\nCOPY --from=build /app /app',
    },
    {
      name: 'one dash and no value: as --from it would be a flag without its value, so no fix',
      code: 'FROM node:22-slim\nCOPY -FROM node:22-slim\n',
      errors: [{ range: [1, 5, 1, 10], message: 'Flags start with two dashes: write `--from`, not `-FROM`.' }],
    },
    {
      name: 'one dash before the only source: as --from it would leave COPY no destination, so no fix (found by the fuzzer)',
      code: 'FROM node:22-slim AS build\nCOPY -from=build /app\nFROM -platform=linux/amd64\n',
      errors: [{ range: [1, 5, 1, 10] }, { range: [2, 5, 2, 14] }],
    },
    {
      name: 'one dash before a JSON array of a source and a destination (one word): written with two',
      code: 'FROM node:20 AS build\nCOPY -chown=1000 ["/app","/srv"]',
      errors: [{ range: [1, 5, 1, 11], message: 'Flags start with two dashes: write `--chown`, not `-chown`.' }],
      output: 'FROM node:20 AS build\nCOPY --chown=1000 ["/app","/srv"]',
    },
    {
      name: 'one dash before a JSON array of one string: as a flag it would leave COPY no destination, so no fix',
      code: 'FROM node:20 AS build\nCOPY -chown=1000 ["/app"]',
      errors: [{ range: [1, 5, 1, 11] }],
    },
    {
      name: 'one dash, a flag whose value may be left out: written with two',
      code: 'FROM node:22-slim\nCOPY -link a /b\n',
      errors: [{ range: [1, 5, 1, 10] }],
      output: 'FROM node:22-slim\nCOPY --link a /b\n',
    },
    {
      name: 'a misspelt flag without a value: no rename to a flag that needs one, only removal',
      code: 'FROM node:22-slim\nCOPY --fromm a /b\n',
      errors: [{ range: [1, 5, 1, 12] }],
      output: 'FROM node:22-slim\nCOPY a /b\n',
    },
    {
      code: 'FROM --plaform=linux/amd64 node:20',
      errors: [{ range: [0, 5, 0, 14] }],
      output: 'FROM --platform=linux/amd64 node:20',
    },
  ],
});
