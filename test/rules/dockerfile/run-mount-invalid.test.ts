import { ruleTester } from '../../support/rule-tester';

ruleTester('run-mount-invalid', {
  valid: [
    'FROM python:3.13-slim\nRUN --mount=type=cache,target=/root/.cache/pip,sharing=locked pip install x',
    'FROM python:3.13-slim\nRUN --mount=type=secret,id=npmrc --mount=type=ssh --mount=type=tmpfs,target=/tmp,size=64m make',
    'FROM python:3.13-slim\nRUN --mount=target=/src,source=.,rw make\nRUN --mount=type=bind,src=go.sum,dst=go.sum make',
    { name: 'variables are skipped', code: 'FROM python:3.13-slim\nRUN --mount=type=$T,target=/x make' },
    {
      name: 'no target under a WORKDIR (set in the stage it builds on): mounted on the working directory',
      code: 'FROM golang:1.23 AS base\nWORKDIR /src\nFROM base\nRUN --mount=type=bind,source=. --mount=type=cache go mod download',
    },
    {
      name: 'no target on an official image that sets its own WORKDIR (golang: /go; php-fpm: /var/www/html)',
      code: 'FROM golang:1.23 AS base\nFROM base\nRUN --mount=type=bind,source=. go mod download\nFROM php:8.3-fpm-alpine\nRUN --mount=type=bind,source=. ls',
    },
  ],
  invalid: [
    {
      name: 'php-cli sets no WORKDIR of its own, so the mount goes on `/`',
      code: 'FROM php:8.3-cli\nRUN --mount=type=bind,source=. ls',
      errors: [{ range: [1, 4, 1, 11] }],
    },
    {
      name: 'no target under `WORKDIR /`',
      code: 'FROM golang:1.23\nWORKDIR /\nRUN --mount=type=bind,source=. go mod download',
      errors: [{ range: [2, 4, 2, 11], message: 'This `bind` mount needs `target`: without one it is mounted on the working directory, and no WORKDIR below `/` is set.' }],
    },
    {
      code: 'FROM python:3.13-slim\nRUN --mount=type=volume,target=/x make',
      errors: [{ range: [1, 17, 1, 23], message: 'Unknown mount type `volume`; use `bind`, `cache`, `tmpfs`, `secret`, `ssh`.' }],
    },
    {
      code: 'FROM python:3.13-slim\nRUN --mount=type=cache,target=/x,size=1g make',
      errors: [{ range: [1, 33, 1, 37], message: 'A `cache` mount does not take `size`.' }],
    },
    {
      code: 'FROM python:3.13-slim\nRUN --mount=type=cache,taget=/x make',
      errors: [{ range: [1, 4, 1, 11], message: 'This `cache` mount needs `target`: without one it is mounted on the working directory, and no WORKDIR below `/` is set.' }, { range: [1, 23, 1, 28], message: 'Unknown mount option `taget`. Did you mean `target`?' }],
      output: 'FROM python:3.13-slim\nRUN --mount=type=cache,target=/x make',
    },
    {
      code: 'FROM python:3.13-slim\nRUN --mount=type=cache,target=/x,sharing=shared-ro make',
      errors: [{ range: [1, 41, 1, 50], message: '`sharing` takes `shared`, `private`, `locked`, not `shared-ro`.' }],
    },
    { code: 'FROM python:3.13-slim\nRUN --mount=type=secret,mode=0400 make', errors: [{ range: [1, 4, 1, 11], message: 'This `secret` mount needs `id` or `target`.' }] },
  ],
});
