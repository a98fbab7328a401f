import { ruleTester } from '../../support/rule-tester';

ruleTester('base-image-platform-mismatch', {
  valid: [
    'FROM --platform=linux/arm64 alpine:3.22',
    'FROM --platform=linux/arm64 arm64v8/alpine:3.22',
    'FROM --platform=linux/arm64/v8 arm64v8/alpine:3.22',
    'FROM --platform=$BUILDPLATFORM amd64/alpine:3.22',
    'FROM amd64/alpine:3.22',
    'FROM --platform=linux/arm/v7 arm32v7/debian:trixie-slim',
    'FROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022',
    'FROM --platform=linux/amd64 ghcr.io/amd64/tool:1',
  ],
  invalid: [
    {
      code: 'FROM --platform=linux/arm64 amd64/alpine:3.22',
      errors: [{ range: [0, 16, 0, 27], message: '`amd64/alpine:3.22` is published for linux/amd64 only, but the stage asks for `linux/arm64`.' }],
    },
    {
      name: 'arm variant',
      code: 'FROM --platform=linux/arm/v6 arm32v7/debian:trixie-slim',
      errors: [{ range: [0, 16, 0, 28] }],
    },
    {
      name: 'through a global ARG default',
      code: 'ARG PLATFORM=linux/amd64\nFROM --platform=$PLATFORM arm64v8/alpine:3.22',
      errors: [{ range: [1, 16, 1, 25], message: /published for linux\/arm64 only, but the stage asks for `linux\/amd64`/ }],
    },
    {
      name: 'a Windows image on Linux',
      code: 'FROM --platform=linux/amd64 mcr.microsoft.com/windows/servercore:ltsc2022',
      errors: [{ range: [0, 16, 0, 27], message: /is a Windows image with no linux build/ }],
    },
  ],
});
