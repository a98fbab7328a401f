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
  ],
});
