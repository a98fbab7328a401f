import { ruleTester } from '../../support/rule-tester';

ruleTester('from-platform-on-stage', {
  valid: [
    'FROM --platform=$BUILDPLATFORM golang:1.25 AS base\nFROM base AS build',
    'FROM alpine:3.22 AS base\nFROM --platform=$BUILDPLATFORM golang:1.25 AS build',
    { name: 'a stage of the same name later in the file is an image here', code: 'FROM --platform=$BUILDPLATFORM base\nFROM alpine:3.22 AS base' },
  ],
  invalid: [
    {
      code: 'FROM golang:1.25 AS base\nFROM --platform=$BUILDPLATFORM base AS build\nRUN go build -o /out/app .',
      errors: [{ range: [1, 5, 1, 30], message: "`--platform` is ignored on a stage built from stage `base`; the platform comes from that stage's `FROM`." }],
      output: 'FROM golang:1.25 AS base\nFROM base AS build\nRUN go build -o /out/app .',
    },
    {
      name: 'constant and target values too; the stage name is matched whatever its case',
      code: 'FROM alpine:3.22 AS Base\nFROM --platform=linux/arm64 base AS a\nFROM --platform="$TARGETPLATFORM" BASE AS b',
      errors: [{ range: [1, 5, 1, 27] }, { range: [2, 5, 2, 33] }],
      output: 'FROM alpine:3.22 AS Base\nFROM base AS a\nFROM BASE AS b',
    },
  ],
});
