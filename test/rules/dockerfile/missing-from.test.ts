import { ruleTester } from '../../support/rule-tester';

ruleTester('missing-from', {
  valid: ['', '# syntax=docker/dockerfile:1\n# a comment\nARG VERSION=3.13\nFROM python:${VERSION}-slim\nWORKDIR /app', '\n\n# only comments\n'],
  invalid: [
    { code: 'WORKDIR /app\nFROM python:3.13-slim', errors: [{ range: [0, 0, 0, 7], message: '`WORKDIR` comes before the first `FROM`; only `ARG` may.' }] },
    { code: 'ARG A=1\nRUN echo hi', errors: [{ range: [0, 0, 0, 3], message: 'This Dockerfile has no `FROM`: every build needs a base image (or `FROM scratch`).' }] },
  ],
});
