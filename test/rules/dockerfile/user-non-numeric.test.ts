import { ruleTester } from '../../support/rule-tester';

const f = 'FROM node:22-slim\n';

ruleTester('user-non-numeric', {
  valid: [
    `${f}USER 1000`,
    // Windows has no numeric user ids.
    'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser',
    `${f}USER 1000:1000`,
    `${f}USER 1000:node`,
    `${f}ARG UID=1000\nUSER $UID`,
    `${f}USER root`,
    `${f}USER node\nUSER 1000`,
    `FROM node:22-slim AS build\nUSER node\nFROM node:22-slim\nUSER 1000`,
    `${f}CMD ["node"]`,
  ],
  invalid: [
    {
      code: `${f}USER node`,
      errors: [{ range: [1, 5, 1, 9], message: '`node` is a user name; use a numeric UID so `runAsNonRoot` can verify it.' }],
    },
    { name: 'name with group', code: `${f}USER app:app`, errors: [{ range: [1, 5, 1, 8] }] },
    { name: 'inherited from a stage', code: `FROM node:22-slim AS base\nUSER app\nFROM base\nCMD ["x"]`, errors: [{ range: [1, 5, 1, 8] }] },
    {
      name: 'a user the file creates with a UID: the fix writes the number (the group stays)',
      code: `${f}RUN groupadd -g 1001 app && useradd --no-log-init -r -u 1001 -g app app\nUSER app:app`,
      errors: [{ range: [2, 5, 2, 8] }],
      output: `${f}RUN groupadd -g 1001 app && useradd --no-log-init -r -u 1001 -g app app\nUSER 1001:app`,
    },
    {
      name: 'busybox adduser and Debian adduser, in a stage the final one builds on',
      code: 'FROM alpine:3.22 AS base\nRUN adduser -D -u 10001 -s /sbin/nologin appuser\nFROM base\nRUN adduser --system --uid 999 --group svc\nUSER appuser\nFROM base AS other\nUSER svc',
      errors: [{ range: [6, 5, 6, 8] }],
    },
    {
      name: 'Debian adduser --uid names the UID',
      code: 'FROM debian:trixie-slim\nRUN adduser --system --uid 999 --group svc\nUSER svc',
      errors: [{ range: [2, 5, 2, 8] }],
      output: 'FROM debian:trixie-slim\nRUN adduser --system --uid 999 --group svc\nUSER 999',
    },
    {
      name: 'nobody is 65534 on the common bases, but the base decides: unsafe',
      code: 'FROM elixir:1.18-slim\nUSER nobody',
      errors: [{ range: [1, 5, 1, 11] }],
      output: 'FROM elixir:1.18-slim\nUSER 65534',
    },
    {
      name: 'no fix without a literal UID, for `adduser user group`, or for grouped short options',
      code: 'FROM alpine:3.22\nRUN adduser -D app && adduser app wheel && adduser -Du 1002 other\nUSER app',
      errors: [{ range: [2, 5, 2, 8] }],
    },
  ],
});
