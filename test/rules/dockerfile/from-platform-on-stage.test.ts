import { ruleTester } from '../../support/rule-tester';

ruleTester('from-platform-on-stage', {
  valid: [
    'FROM --platform=$BUILDPLATFORM golang:1.25 AS base\nFROM base AS build',
    'FROM alpine:3.22 AS base\nFROM --platform=$BUILDPLATFORM golang:1.25 AS build',
    { name: 'a stage of the same name later in the file is an image here', code: 'FROM --platform=$BUILDPLATFORM base\nFROM alpine:3.22 AS base' },
    {
      name: 'the same platform as the chain already has (ollama, docker/getting-started)',
      code: 'FROM --platform=$BUILDPLATFORM python:alpine AS base\nFROM --platform="${BUILDPLATFORM}" base AS dev\nFROM --platform=linux/amd64 centos:7 AS cpu\nFROM --platform=linux/amd64 cpu AS build\nFROM alpine:3.22 AS t\nFROM --platform=$TARGETPLATFORM t',
    },
  ],
  invalid: [
    {
      code: 'FROM golang:1.25 AS base\nFROM --platform=$BUILDPLATFORM base AS build\nRUN go build -o /out/app .',
      errors: [{ range: [1, 5, 1, 30], message: "`--platform` is ignored on a stage built from stage `base`; the platform comes from that stage's `FROM`." }],
      output: 'FROM golang:1.25 AS base\nFROM base AS build\nRUN go build -o /out/app .',
    },
    {
      name: 'constant values and a platform other than the chain\'s; the stage name is matched whatever its case',
      code: 'FROM alpine:3.22 AS Base\nFROM --platform=linux/arm64 base AS a\nFROM --platform=linux/amd64 alpine:3.22 AS c\nFROM --platform="$BUILDPLATFORM" c AS d',
      errors: [{ range: [1, 5, 1, 27] }, { range: [3, 5, 3, 32] }],
      output: 'FROM alpine:3.22 AS Base\nFROM base AS a\nFROM --platform=linux/amd64 alpine:3.22 AS c\nFROM c AS d',
    },
  ],
});
