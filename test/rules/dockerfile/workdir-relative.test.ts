import { ruleTester } from '../../support/rule-tester';

const f = 'FROM node:22-slim\n';

ruleTester('workdir-relative', {
  valid: [
    `${f}WORKDIR /app`,
    `${f}WORKDIR /app\nWORKDIR src`,
    `FROM node:22-slim AS base\nWORKDIR /app\nFROM base\nWORKDIR src`,
    `${f}WORKDIR $APP_HOME`,
    `${f}WORKDIR C:\\app`,
    `${f}WORKDIR "/app"`,
  ],
  invalid: [
    {
      code: `${f}WORKDIR app`,
      errors: [{ range: [1, 8, 1, 11], message: '`app` is relative; the first WORKDIR of a stage should be absolute.' }],
      output: `${f}WORKDIR /app`,
    },
    {
      name: 'quoted relative path',
      code: `${f}WORKDIR "app/src"`,
      errors: [{ range: [1, 8, 1, 17] }],
      output: `${f}WORKDIR "/app/src"`,
    },
    {
      name: 'tilde is not expanded: no fix',
      code: `${f}WORKDIR ~/app`,
      errors: [{ range: [1, 8, 1, 13], message: '`~/app` is not expanded: `~` is not a shell here, so this creates a folder named `~`.' }],
    },
  ],
});
