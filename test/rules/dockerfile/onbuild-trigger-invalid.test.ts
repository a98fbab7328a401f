import { ruleTester } from '../../support/rule-tester';

ruleTester('onbuild-trigger-invalid', {
  valid: ['FROM node:22-slim\nONBUILD COPY . /app\nONBUILD RUN npm ci'],
  invalid: [
    { code: 'FROM node:22-slim\nONBUILD ONBUILD COPY . /app', errors: [{ range: [1, 8, 1, 15], message: '`ONBUILD` cannot be chained: `ONBUILD ONBUILD` is not allowed.' }] },
    { code: 'FROM node:22-slim\nonbuild from alpine', errors: [{ range: [1, 8, 1, 12], message: '`FROM` cannot be an `ONBUILD` trigger.' }] },
    { code: 'FROM node:22-slim\nONBUILD MAINTAINER me', errors: [{ range: [1, 8, 1, 18] }] },
  ],
});
