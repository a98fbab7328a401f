import { ruleTester } from '../../support/rule-tester';

ruleTester('stage-name-invalid', {
  valid: ['FROM golang:1.23 AS build-prod\nFROM alpine:3.20 AS runtime_v1.2'],
  invalid: [
    { code: 'FROM golang:1.23 AS build:prod', errors: [{ range: [0, 20, 0, 30], message: 'Stage name `build:prod` may only hold letters, digits, `_`, `-` and `.`.' }] },
    { code: 'FROM golang:1.23 AS 1st', errors: [{ range: [0, 20, 0, 23], message: 'Stage name `1st` must start with a letter.' }] },
  ],
});
