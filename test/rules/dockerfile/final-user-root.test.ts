import { ruleTester } from '../../support/rule-tester';

const f = 'FROM node:22-slim\n';

ruleTester('final-user-root', {
  valid: [
    `${f}USER root\nRUN apt-get update\nUSER node`,
    `FROM golang:1.23 AS build\nUSER root\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /a /a`,
    `${f}USER root\nENTRYPOINT ["gosu", "node", "server.js"]`,
    `${f}USER 0\nCOPY <<EOF /entrypoint.sh\n#!/bin/sh\nexec su-exec node "$@"\nEOF\nENTRYPOINT ["/entrypoint.sh"]`,
    { code: `${f}USER root`, fileName: '/work/.devcontainer/Dockerfile' },
    `${f}CMD ["node"]`,
  ],
  invalid: [
    {
      code: `${f}USER root\nCMD ["node", "server.js"]\n`,
      errors: [{ range: [1, 5, 1, 9], message: 'The final image runs as `root`; switch to an unprivileged user after the steps that need root.' }],
      output: `${f}USER root\nCMD ["node", "server.js"]\nUSER 65534\n`,
    },
    {
      name: 'uid 0 with a group, inherited from a stage',
      code: `FROM node:22-slim AS base\nUSER 0:0\nFROM base\nCMD ["node"]`,
      errors: [{ range: [1, 5, 1, 8] }],
      output: `FROM node:22-slim AS base\nUSER 0:0\nFROM base\nCMD ["node"]\nUSER 65534\n`,
    },
    {
      name: 'the file ends inside a heredoc: a USER appended there would be part of its body, so no fix',
      code: `${f}USER root\nCMD ["node"]\nRUN <<EOF\necho hi\n`,
      errors: [{ range: [1, 5, 1, 9] }],
    },
  ],
});
