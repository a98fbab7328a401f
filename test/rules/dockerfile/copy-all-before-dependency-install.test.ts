import { ruleTester } from '../../support/rule-tester';

ruleTester('copy-all-before-dependency-install', {
  valid: [
    'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .',
    'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm run build',
    'FROM node:22-slim\nCOPY . .\nRUN npm install express',
    'FROM python:3.13-slim\nRUN --mount=type=bind,source=requirements.txt,target=/r.txt pip install -r /r.txt\nCOPY . .',
    'FROM node:22-slim AS deps\nCOPY . .\nFROM node:22-slim\nRUN npm ci',
    'FROM golang:1.25 AS build\nCOPY --from=src . .\nRUN go mod download',
  ],
  invalid: [
    {
      code: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]',
      errors: [{ range: [2, 5, 2, 6], message: 'The whole build context is copied before `npm ci` (line 4), so any source change re-runs the install; copy the manifests first.' }],
      output: 'FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]',
    },
    {
      name: 'pip with a requirements file, flags kept',
      code: 'FROM python:3.13-slim\nCOPY --chown=app:app ./ /srv\nENV PIP_NO_CACHE_DIR=1\nRUN pip install -r requirements/prod.txt',
      errors: [{ range: [1, 21, 1, 23] }],
      output: 'FROM python:3.13-slim\nCOPY --chown=app:app requirements/prod.txt /srv/\nENV PIP_NO_CACHE_DIR=1\nRUN pip install -r requirements/prod.txt\nCOPY --chown=app:app ./ /srv',
    },
    {
      name: 'go mod download',
      code: 'FROM golang:1.25 AS build\nWORKDIR /src\nCOPY . .\nRUN go mod download && go build -o /app .',
      errors: [{ range: [2, 5, 2, 6], message: /before `go mod download`/ }],
      output: 'FROM golang:1.25 AS build\nWORKDIR /src\nCOPY go.mod go.sum* ./\nRUN go mod download && go build -o /app .\nCOPY . .',
    },
    {
      name: 'other instructions between: no fix',
      code: 'FROM ruby:3.4-slim\nCOPY . /app\nWORKDIR /app\nRUN bundle install',
      errors: [{ range: [1, 5, 1, 6] }],
    },
    {
      name: 'python -m pip and ADD',
      code: 'FROM python:3.13-slim\nADD . /app\nRUN python -m pip install -r /app/requirements.txt',
      errors: [{ range: [1, 4, 1, 5] }],
      output: 'FROM python:3.13-slim\nCOPY /app/requirements.txt /app/\nRUN python -m pip install -r /app/requirements.txt\nADD . /app',
    },
  ],
});
