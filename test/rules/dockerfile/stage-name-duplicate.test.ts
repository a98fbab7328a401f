import { ruleTester } from '../../support/rule-tester';

ruleTester('stage-name-duplicate', {
  valid: [
    'FROM node:22-slim AS deps\nFROM deps AS build\nFROM nginx:1.29',
    'FROM node:22-slim\nFROM node:22-slim',
    'FROM alpine:3.22 AS a\nFROM alpine:3.22 AS b',
  ],
  invalid: [
    {
      code: 'FROM node:22-slim AS build\nRUN npm ci\nFROM node:22-slim AS build',
      errors: [{ range: [2, 21, 2, 26], message: 'Stage name `build` is already used by stage 0; stage names must be unique (case is ignored).' }],
      output: 'FROM node:22-slim AS build\nRUN npm ci\nFROM node:22-slim AS build-2',
    },
    {
      name: 'case-insensitive, each later one marked',
      code: 'FROM a:1 AS build\nFROM b:1 AS Build\nFROM c:1 AS build',
      errors: [{ range: [1, 12, 1, 17] }, { range: [2, 12, 2, 17] }],
      output: 'FROM a:1 AS build\nFROM b:1 AS Build-2\nFROM c:1 AS build-3',
    },
    {
      name: 'the fresh name skips names in use',
      code: 'FROM a:1 AS x\nFROM a:1 AS x-2\nFROM a:1 AS x',
      errors: [{ range: [2, 12, 2, 13] }],
      output: 'FROM a:1 AS x\nFROM a:1 AS x-2\nFROM a:1 AS x-3',
    },
    {
      name: 'later duplicates take the next free suffix after the last one given',
      code: 'FROM a:1 AS x\nFROM a:1 AS x\nFROM a:1 AS x-3\nFROM a:1 AS x',
      errors: [{ range: [1, 12, 1, 13] }, { range: [3, 12, 3, 13] }],
      output: 'FROM a:1 AS x\nFROM a:1 AS x-2\nFROM a:1 AS x-3\nFROM a:1 AS x-4',
    },
  ],
});
