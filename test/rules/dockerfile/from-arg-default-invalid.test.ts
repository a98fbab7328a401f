import { ruleTester } from '../../support/rule-tester';

ruleTester('from-arg-default-invalid', {
  valid: [
    { name: 'a quoted image with ARG defaults', code: 'ARG BASE_IMAGE=adguard/go-builder:1.26.6--1\nFROM "$BASE_IMAGE" AS dependencies' },
    'ARG TAG=1.37\nFROM busybox:${TAG}',
    'ARG TAG\nFROM busybox:${TAG:-1.37}',
    'FROM --platform=$BUILDPLATFORM golang:1.25',
    'FROM ${TARGETARCH}/alpine:3.22',
    'ARG BASE=alpine:3.22\nFROM $BASE',
    'FROM alpine:3.22',
  ],
  invalid: [
    {
      code: 'ARG TAG\nFROM busybox:${TAG}',
      errors: [{ range: [1, 5, 1, 19], message: 'With only ARG defaults, `busybox:${TAG}` expands to `busybox:`, which is not a valid image reference.' }],
      output: 'ARG TAG=latest\nFROM busybox:${TAG}',
    },
    { name: 'an empty image', code: 'FROM $BASE AS app', errors: [{ range: [0, 5, 0, 10], message: 'With only ARG defaults, `$BASE` expands to an empty image name.' }] },
    { name: 'declared without a default', code: 'ARG IMAGE\nFROM ${IMAGE}', errors: [{ range: [1, 5, 1, 13] }] },
    { name: 'a bad default', code: 'ARG REPO=My/App\nFROM ${REPO}:1', errors: [{ range: [1, 5, 1, 14], message: /expands to `My\/App:1`/ }] },
  ],
});
