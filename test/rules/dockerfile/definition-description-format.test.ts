import { ruleTester } from '../../support/rule-tester';

ruleTester('definition-description-format', {
  valid: [
    '# VERSION is the release to install\nARG VERSION=1.2.3\n# build compiles the binary\nFROM golang:1.23 AS build',
    { name: 'no comment, blank line between, tool comments', code: 'ARG A=1\n# about B\n\nARG B=2\n# hadolint ignore=DL3006\nFROM alpine AS x' },
    { name: 'a name holding white space (a \\uFEFF) can never start the comment: not judged', code: '# Build and run\nARG \uFEFF\nFROM alpine:3.20' },
  ],
  invalid: [
    {
      code: '# The release to install\nARG VERSION=1.2.3\nFROM alpine:3.20',
      errors: [{ range: [0, 2, 0, 24], message: 'The description of `VERSION` should start with `VERSION`.' }],
      output: '# VERSION The release to install\nARG VERSION=1.2.3\nFROM alpine:3.20',
    },
    { code: 'FROM alpine:3.20\n# compile step\nFROM golang:1.23 AS build', errors: [{ range: [1, 2, 1, 14] }], output: 'FROM alpine:3.20\n# build compile step\nFROM golang:1.23 AS build' },
  ],
});
