import { ruleTester } from '../../support/rule-tester';

ruleTester('exec-form-single-quotes', {
  valid: [
    'FROM node:22-slim\nCMD ["node", "app.js"]\nVOLUME /data',
    { name: 'shell text', code: "FROM node:22-slim\nRUN [ 'a' = 'b' ] || echo no" },
    { name: 'SHELL is another rule\'s', code: "FROM node:22-slim\nSHELL ['/bin/sh', '-c']" },
  ],
  invalid: [
    {
      code: "FROM node:22-slim\nCMD ['node', 'app.js']",
      errors: [{ range: [1, 4, 1, 22], message: 'Exec form needs double quotes; with single quotes `CMD` falls back to shell form.' }],
      output: 'FROM node:22-slim\nCMD ["node", "app.js"]',
    },
    {
      name: 'inner double quotes are escaped',
      code: "FROM node:22-slim\nENTRYPOINT ['sh', '-c', 'echo \"hi\"']",
      errors: [{ range: [1, 11, 1, 36] }],
      output: 'FROM node:22-slim\nENTRYPOINT ["sh", "-c", "echo \\"hi\\""]',
    },
    { code: "FROM node:22-slim\nVOLUME ['/data']", errors: [{ range: [1, 7, 1, 16] }], output: 'FROM node:22-slim\nVOLUME ["/data"]' },
  ],
});
