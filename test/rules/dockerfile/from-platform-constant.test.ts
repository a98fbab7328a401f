import { ruleTester } from '../../support/rule-tester';

ruleTester('from-platform-constant', {
  valid: [
    { name: 'on a FROM that names a stage the flag is ignored (from-platform-on-stage)', code: 'FROM alpine:3.22 AS base\nFROM --platform=linux/amd64 base AS build' },
    'FROM node:22-slim',
    'FROM --platform=$BUILDPLATFORM golang:1.25 AS build',
    'FROM --platform=$TARGETOS/$TARGETARCH alpine:3.22',
    'FROM --platform=linux/amd64 golang:1.25 AS build_amd64',
    'FROM --platform=linux/arm/v7 alpine:3.22 AS base-v7',
    'FROM --platform=linux/x86_64 alpine:3.22 AS tools-amd64',
  ],
  invalid: [
    {
      code: 'FROM --platform=linux/amd64 node:22-slim\nCOPY . /app',
      errors: [{ range: [0, 16, 0, 27], message: '`--platform=linux/amd64` pins this stage to one platform, so multi-platform builds emulate it.' }],
      output: 'FROM node:22-slim\nCOPY . /app',
    },
    {
      name: 'quoted, with a stage name that does not match',
      code: 'FROM --platform="linux/arm64" alpine:3.22 AS tools',
      errors: [{ range: [0, 16, 0, 29] }],
      output: 'FROM alpine:3.22 AS tools',
    },
  ],
});
