import { ruleTester } from '../../support/rule-tester';

ruleTester('exec-form-invalid-json', {
  valid: [
    'FROM node:22-slim\nCMD ["node", "app.js"]\nRUN ["c:\\\\app\\\\run.exe"]',
    { name: 'shell test', code: 'FROM node:22-slim\nRUN [ -f /etc/os-release ]\nRUN [ "$A" = "b" ]' },
    { name: 'single quotes are another rule\'s', code: "FROM node:22-slim\nCMD ['node', 'app.js']" },
    { name: 'smart quotes are another rule\'s', code: 'FROM node:22-slim\nCMD [“node”, “app.js”]' },
  ],
  invalid: [
    {
      code: 'FROM node:22-slim\nCMD [node, app.js]',
      errors: [{ range: [1, 5, 1, 9], message: 'Not valid JSON because of the word `node` without double quotes, so `CMD` runs it as a shell command.' }],
      output: 'FROM node:22-slim\nCMD ["node", "app.js"]',
    },
    {
      code: 'FROM node:22-slim\nCMD ["node", "app.js",]',
      errors: [{ range: [1, 21, 1, 22], message: /a trailing comma/ }],
      output: 'FROM node:22-slim\nCMD ["node", "app.js"]',
    },
    {
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nENTRYPOINT ["c:\\app\\run.exe"]',
      errors: [{ range: [1, 15, 1, 16], message: /unescaped backslash/ }],
      output: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nENTRYPOINT ["c:\\\\app\\\\run.exe"]',
    },
  ],
});
