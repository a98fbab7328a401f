import { ruleTester } from '../../support/rule-tester';

ruleTester('image-reference-invalid', {
  valid: [
    'FROM ubuntu:22.04\nFROM localhost:5000/team/app:1.0\nFROM scratch',
    {
      name: 'a quoted image: the builder drops the quotes (talos, AdGuardHome, openresty)',
      code: 'ARG base_image=docker.io/library/debian:13-slim\nARG TAG=ltsc2019\nFROM "${base_image}" AS base\nFROM "mcr.microsoft.com/windows/servercore:${TAG}"\nFROM \'alpine:3.22\'',
    },
    { name: 'stage names match case-insensitively', code: 'FROM node:20 AS build\nFROM Build\nCOPY --from=Build /a /a' },
    { name: 'unknown variables are skipped', code: 'ARG IMAGE\nFROM ${IMAGE}' },
  ],
  invalid: [
    {
      code: 'FROM Ubuntu:22.04',
      errors: [{ range: [0, 5, 0, 11], message: 'Invalid image reference: Repository names must be lower case: `Ubuntu`.' }],
      output: 'FROM ubuntu:22.04',
    },
    { code: 'FROM node:', errors: [{ range: [0, 9, 0, 10], message: /tag after `:` is empty/ }] },
    { name: 'resolved from an ARG: the whole word', code: 'ARG V=\nFROM node:${V}', errors: [{ range: [1, 5, 1, 14] }] },
    {
      code: 'FROM alpine:3.20\nCOPY --from=Nginx:1.27 /etc/nginx /etc/nginx',
      errors: [{ range: [1, 12, 1, 17] }],
      output: 'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx',
    },
    { code: 'FROM alpine:3.20\nRUN --mount=type=bind,from=node@sha256:xyz,target=/n ls', errors: [{ range: [1, 31, 1, 42] }] },
    {
      name: 'a name split by an escaped line break (and a comment line) gets no fix: its offsets span both lines',
      code: 'FROM py\\\n# note\nTHON:3.13 AS b\nRUN true',
      errors: [{ range: [0, 5, 2, 9], message: /lower case: `pyTHON`/ }],
    },
  ],
});
