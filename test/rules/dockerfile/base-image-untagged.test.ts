import { ruleTester } from '../../support/rule-tester';

ruleTester('base-image-untagged', {
  valid: [
    'FROM ubuntu:24.04',
    'FROM scratch',
    'FROM node@sha256:2d1b0c6d09e5b1d6e9c0d4a7b36b8a3c1a4c3b1f0e1a8b3c2d4e5f60718293a4',
    'FROM golang:1.23 AS build\nFROM build',
    'FROM golang:1.23 AS Build\nFROM build AS test',
    'ARG IMAGE\nFROM $IMAGE',
    'ARG TAG=3.20\nFROM alpine:${TAG}',
    'FROM localhost:5000/team/app:1.2',
  ],
  invalid: [
    {
      code: 'FROM ubuntu',
      errors: [{ range: [0, 5, 0, 11], message: 'Base image `ubuntu` has no tag or digest, so it pulls whatever `latest` is at build time.' }],
    },
    { code: 'FROM --platform=linux/amd64 node AS app', errors: [{ range: [0, 28, 0, 32] }] },
    { code: 'FROM localhost:5000/team/app', errors: [{ range: [0, 5, 0, 28] }] },
    {
      name: 'an ARG default is judged',
      code: 'ARG IMAGE=node\nFROM $IMAGE',
      errors: [{ range: [1, 5, 1, 11], message: 'Base image `node` (from ARG `IMAGE`) has no tag or digest, so it pulls whatever `latest` is at build time.' }],
    },
    { name: 'a later stage of the same name is still an image', code: 'FROM app\nFROM alpine:3.20 AS app', errors: [{ range: [0, 5, 0, 8] }] },
  ],
});
