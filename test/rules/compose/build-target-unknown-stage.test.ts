import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const fs = memoryFileSystem({
  '/work/compose.yaml': '',
  '/work/Dockerfile': 'FROM node:22 AS Deps\nFROM deps AS build\nFROM node:22-slim AS runtime\n',
  '/work/api/api.Dockerfile': 'FROM golang:1.25 AS builder\nFROM scratch\n',
});

ruleTester('build-target-unknown-stage', {
  valid: [
    { code: 'services:\n  api:\n    build:\n      context: .\n      target: runtime\n', fs },
    { name: 'case-insensitive', code: 'services:\n  api:\n    build:\n      target: DEPS\n', fs },
    { code: 'services:\n  api:\n    build:\n      context: api\n      dockerfile: api.Dockerfile\n      target: builder\n', fs },
    { name: 'unreadable Dockerfile', code: 'services:\n  api:\n    build:\n      context: web\n      target: x\n', fs },
    { name: 'interpolated', code: 'services:\n  api:\n    build:\n      target: ${TARGET}\n', fs },
    { name: 'untitled buffer', code: 'services:\n  api:\n    build:\n      target: runtme\n', fs, fileName: '' },
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    build:\n      context: .\n      target: runtme\n',
      fs,
      errors: [{ range: [4, 14, 4, 20], message: 'Build target `runtme` is not a stage of `Dockerfile`: did you mean `runtime`?' }],
      output: 'services:\n  api:\n    build:\n      context: .\n      target: runtime\n',
    },
    {
      name: 'no close name',
      code: 'services:\n  api:\n    build:\n      context: api\n      dockerfile: api.Dockerfile\n      target: production\n',
      fs,
      errors: [{ range: [5, 14, 5, 24], message: 'Build target `production` is not a stage of `api.Dockerfile`; its stages are `builder`.' }],
    },
    {
      name: 'dockerfile_inline, also for an unsaved buffer',
      code: 'services:\n  api:\n    build:\n      target: "tset"\n      dockerfile_inline: |\n        FROM alpine AS test\n',
      fileName: '',
      errors: [{ range: [3, 15, 3, 19], message: 'Build target `tset` is not a stage of `dockerfile_inline`: did you mean `test`?' }],
      output: 'services:\n  api:\n    build:\n      target: "test"\n      dockerfile_inline: |\n        FROM alpine AS test\n',
    },
  ],
});
