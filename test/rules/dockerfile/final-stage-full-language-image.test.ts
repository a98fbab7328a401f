import { ruleTester } from '../../support/rule-tester';

ruleTester('final-stage-full-language-image', {
  valid: [
    'FROM python:3.13-slim\nCMD ["python", "app.py"]',
    'FROM node:22-alpine',
    'FROM python:3.13 AS build\nRUN pip wheel -r requirements.txt\nFROM python:3.13-slim\nCOPY --from=build /wheels /wheels',
    'FROM node:22 AS dev\nCMD ["npm", "run", "dev"]',
    { code: 'FROM python:3.13', fileName: '/work/.devcontainer/Dockerfile' },
    'FROM golang:1.25 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app',
  ],
  invalid: [
    {
      code: 'FROM python:3.13\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt',
      errors: [{ range: [0, 5, 0, 16], message: /^`python:3\.13` in the final stage: .*Consider python:3\.13-slim\.$/ }],
      output: 'FROM python:3.13-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt',
    },
    {
      name: 'node with a codename',
      code: 'FROM node:22 AS deps\nFROM node:22-bookworm\nCOPY --from=deps /a /a',
      errors: [{ range: [1, 5, 1, 21] }],
      output: 'FROM node:22 AS deps\nFROM node:22-bookworm-slim\nCOPY --from=deps /a /a',
    },
    {
      name: '.NET SDK to aspnet',
      code: 'FROM mcr.microsoft.com/dotnet/sdk:9.0.100 AS build\nFROM mcr.microsoft.com/dotnet/sdk:9.0.100\nCOPY --from=build /a /a',
      errors: [{ range: [1, 5, 1, 41] }],
      output: 'FROM mcr.microsoft.com/dotnet/sdk:9.0.100 AS build\nFROM mcr.microsoft.com/dotnet/aspnet:9.0\nCOPY --from=build /a /a',
    },
    {
      name: 'Go toolchain as the runtime: advice, no fix',
      code: 'FROM golang:1.25 AS build\nRUN go build -o /app .\nFROM golang:1.25\nCOPY --from=build /app /app',
      errors: [{ range: [2, 5, 2, 16], message: /distroless static/ }],
    },
    {
      name: 'single stage installing a toolchain',
      code: 'FROM python:3.13\nRUN apt-get update && apt-get install -y build-essential\nRUN pip install -r requirements.txt',
      errors: [{ range: [0, 5, 0, 16], message: '`python:3.13` both builds and runs the application; use a multi-stage build and copy the result into a smaller image.' }],
    },
    {
      name: 'single stage Go build',
      code: 'FROM golang:1.25\nRUN go build -o /app .\nCMD ["/app"]',
      errors: [{ range: [0, 5, 0, 16], message: /use a multi-stage build/ }],
    },
  ],
});
