import { ruleTester } from '../../support/rule-tester';

ruleTester('stage-name-casing', {
  valid: ['FROM golang:1.23 AS builder\nFROM alpine:3.20\nCOPY --from=builder /app /app'],
  invalid: [
    {
      code: 'FROM golang:1.23 AS Builder\nFROM Builder AS test\nFROM alpine:3.20\nCOPY --from=BUILDER /app /app\nRUN --mount=type=bind,from=Builder,target=/b ls /b',
      errors: [{ range: [0, 20, 0, 27], message: 'Stage name `Builder` has upper-case letters; stage names ignore case, so write `builder`.' }],
      output: 'FROM golang:1.23 AS builder\nFROM builder AS test\nFROM alpine:3.20\nCOPY --from=builder /app /app\nRUN --mount=type=bind,from=builder,target=/b ls /b',
    },
    {
      name: 'a reference split by an escaped line break keeps its lines (the builder ignores the case)',
      code: 'FROM golang:1.23 AS Build\nFROM Bu\\\n# note\nild\nRUN true',
      errors: [{ range: [0, 20, 0, 25] }],
      output: 'FROM golang:1.23 AS build\nFROM Bu\\\n# note\nild\nRUN true',
    },
  ],
});
