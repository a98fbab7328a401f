import { ruleTester } from '../../support/rule-tester';

ruleTester('from-platform-redundant-target', {
  valid: [
    { name: 'on a FROM that names a stage (from-platform-on-stage)', code: 'FROM alpine:3.22 AS base\nFROM --platform=$TARGETPLATFORM base' },
    'FROM alpine:3.22', 'FROM --platform=$BUILDPLATFORM alpine:3.22', 'FROM --platform=$TARGETOS/$TARGETARCH alpine:3.22'],
  invalid: [
    {
      code: 'FROM --platform=$TARGETPLATFORM alpine:3.22\nRUN apk add --no-cache curl',
      errors: [{ range: [0, 16, 0, 31], message: '`--platform=$TARGETPLATFORM` is the default for every stage; the flag has no effect.' }],
      output: 'FROM alpine:3.22\nRUN apk add --no-cache curl',
    },
    { name: 'braces', code: 'FROM --platform=${TARGETPLATFORM} alpine:3.22 AS a', errors: [{ range: [0, 16, 0, 33] }], output: 'FROM alpine:3.22 AS a' },
    { name: 'quoted', code: 'FROM --platform="$TARGETPLATFORM" alpine:3.22', errors: [{ range: [0, 16, 0, 33] }], output: 'FROM alpine:3.22' },
  ],
});
