import { ruleTester } from '../../support/rule-tester';

ruleTester('final-user-missing', {
  valid: [
    'FROM python:3.12-slim\nUSER 10001\nCMD ["python"]',
    'FROM python:3.12-slim\nRUN pip install x',
    'FROM gcr.io/distroless/python3-debian12:nonroot\nCMD ["app.py"]',
    'FROM cgr.dev/chainguard/python:latest\nCMD ["app.py"]',
    'FROM bitnami/nginx:1.27\nCMD ["nginx"]',
    'FROM postgres:17\nENTRYPOINT ["gosu", "postgres", "postgres"]',
    'ARG BASE\nFROM $BASE\nCMD ["x"]',
    {
      name: 'Laravel Sail: gosu installed, and the ENTRYPOINT starts a script the file copies in (no .sh)',
      code: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y gosu\nCOPY start-container /usr/local/bin/start-container\nENTRYPOINT ["start-container"]',
    },
    {
      name: 'official-image pattern: gosu installed, entrypoint script from the context',
      code: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y gosu\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["redis-server"]',
    },
    'FROM node:22 AS base\nUSER node\nFROM base\nCMD ["node"]',
    { code: 'FROM node:22\nCMD ["node"]', fileName: '/work/.devcontainer/Dockerfile' },
  ],
  invalid: [
    {
      name: 'after a SHELL the user is made in exec form (the SHELL here lacks its -c)',
      code: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash"]\nCMD ["/bin/bash"]',
      errors: [{ range: [0, 5, 0, 25] }],
      output:
        'FROM debian:bookworm-slim\nSHELL ["/bin/bash"]\n' +
        'RUN ["/bin/sh", "-c", "groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home app"]\nUSER 10001\n' +
        'CMD ["/bin/bash"]',
    },
    {
      name: 'a Windows image runs as ContainerAdministrator and has ContainerUser',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD ["cmd"]',
      errors: [{ range: [0, 5, 0, 50], message: 'The final stage sets no `USER`, so it runs as `ContainerAdministrator` (base `mcr.microsoft.com/windows/servercore:ltsc2022`).' }],
      output: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerUser\nCMD ["cmd"]',
    },
    {
      code: 'FROM python:3.12-slim\nCOPY app.py /app/\nCMD ["python", "/app/app.py"]',
      errors: [{ range: [0, 5, 0, 21], message: 'The final stage sets no `USER`, so it runs as root (base `python:3.12-slim`).' }],
      output:
        'FROM python:3.12-slim\nCOPY app.py /app/\n' +
        'RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home app\nUSER 10001\n' +
        'CMD ["python", "/app/app.py"]',
    },
    {
      name: 'gosu installed but the entrypoint does not look like a script that uses it',
      code: 'FROM debian:bookworm-slim\nRUN apt-get install -y gosu\nENTRYPOINT ["redis-server"]',
      errors: [{ range: [0, 5, 0, 25] }],
      output: 'FROM debian:bookworm-slim\nRUN apt-get install -y gosu\nRUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home app\nUSER 10001\nENTRYPOINT ["redis-server"]',
    },
    {
      name: 'alpine family',
      code: 'FROM node:22-alpine\nENTRYPOINT ["node"]',
      errors: [{ range: [0, 5, 0, 19] }],
      output: 'FROM node:22-alpine\nRUN addgroup -S -g 10001 app && adduser -S -u 10001 -G app app\nUSER 10001\nENTRYPOINT ["node"]',
    },
    {
      name: 'scratch, CMD inherited from an earlier stage',
      code: 'FROM scratch AS base\nCMD ["/app"]\nFROM base\nCOPY app /app',
      errors: [{ range: [2, 5, 2, 9] }],
      output: 'FROM scratch AS base\nCMD ["/app"]\nFROM base\nCOPY app /app\nUSER 65532\n',
    },
    {
      name: 'the file ends inside an open line continuation: a USER appended there would join the RUN, so no fix',
      code: 'FROM scratch AS base\nCMD ["/app"]\nFROM base\nRUN make \\\n  # still the RUN\n\n',
      errors: [{ range: [2, 5, 2, 9] }],
    },
    {
      name: 'old Mac line ends (a lone \\r, a line break for editors but not for the builder): no fix adds a line (engine/lint.ts)',
      code: 'FROM debian:bookworm-slim\rCOPY a /a\rCMD ["a"]\r',
      errors: [{ range: [0, 5, 0, 25] }],
    },
  ],
});
