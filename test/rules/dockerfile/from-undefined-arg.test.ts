import { ruleTester } from '../../support/rule-tester';

ruleTester('from-undefined-arg', {
  valid: [
    'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-slim',
    'ARG BASE\nFROM $BASE',
    'FROM --platform=$BUILDPLATFORM golang:1.25',
    'FROM node:${NODE_VERSION:-22}-slim',
    'FROM alpine:3.22 AS base\nFROM base',
  ],
  invalid: [
    {
      code: 'FROM node:${NODE_VERSION}-slim\nCOPY . /app',
      errors: [{ range: [0, 12, 0, 24], message: '`$NODE_VERSION` is not declared by a global ARG (before the first FROM), so it expands to an empty string.' }],
      output: 'ARG NODE_VERSION\nFROM node:${NODE_VERSION}-slim\nCOPY . /app',
    },
    {
      name: 'a typo of a predefined ARG, with two fixes',
      code: 'FROM --platform=$BUILDPLATFROM golang:1.25',
      errors: [{ range: [0, 17, 0, 30], message: '`$BUILDPLATFROM` is not declared by a global ARG (before the first FROM); did you mean `BUILDPLATFORM`?' }],
      output: 'FROM --platform=$BUILDPLATFORM golang:1.25',
      alternatives: ['ARG BUILDPLATFROM\nFROM --platform=$BUILDPLATFROM golang:1.25'],
    },
    {
      name: 'declared in a stage only',
      code: 'FROM alpine:3.22\nARG TAG=3.22\nFROM alpine:$TAG',
      errors: [{ range: [2, 13, 2, 16] }],
      output: 'ARG TAG\nFROM alpine:3.22\nARG TAG=3.22\nFROM alpine:$TAG',
    },
  ],
});
