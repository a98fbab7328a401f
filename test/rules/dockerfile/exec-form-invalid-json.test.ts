import { ruleTester } from '../../support/rule-tester';

ruleTester('exec-form-invalid-json', {
  valid: [
    'FROM node:22-slim\nCMD ["node", "app.js"]\nRUN ["c:\\\\app\\\\run.exe"]',
    { name: 'shell test', code: 'FROM node:22-slim\nRUN [ -f /etc/os-release ]\nRUN [ "$A" = "b" ]' },
    { name: 'single quotes are another rule\'s', code: "FROM node:22-slim\nCMD ['node', 'app.js']" },
    { name: 'smart quotes are another rule\'s', code: 'FROM node:22-slim\nCMD [“node”, “app.js”]' },
    { name: 'shell tests followed by more shell', code: 'FROM alpine:3.21\nRUN [ "$A" ] && echo set\nRUN [ -f /x ] || touch /x' },
    { name: 'a comment after the array is inline-comment\'s', code: 'FROM node:22-slim\nCMD ["node", "app.js"] # start' },
    { name: 'text after an array that is not JSON either', code: 'FROM node:22-slim\nCMD [node, app.js] x' },
  ],
  invalid: [
    {
      name: 'text after the array',
      code: 'FROM node:22-slim\nCMD ["npm", "start"];',
      errors: [{ range: [1, 20, 1, 21], message: 'Not valid JSON because of the text `;` after the closing `]`, so `CMD` runs it as a shell command.' }],
      output: 'FROM node:22-slim\nCMD ["npm", "start"]',
    },
    {
      name: 'a comma after a one-item array',
      code: 'FROM alpine:3.21\nRUN ["ls"],',
      errors: [{ range: [1, 10, 1, 11], message: /text `,` after/ }],
      output: 'FROM alpine:3.21\nRUN ["ls"]',
    },
    {
      name: 'COPY splits the text at blanks',
      code: 'FROM alpine:3.21\nCOPY ["a.txt", "/srv/"] x',
      errors: [{ range: [1, 24, 1, 25], message: 'Not valid JSON because of the text `x` after the closing `]`, so `COPY` reads it as words split at blanks.' }],
      output: 'FROM alpine:3.21\nCOPY ["a.txt", "/srv/"]',
    },
    {
      name: 'the text stops before a comment, which stays',
      code: 'FROM node:22-slim\nCMD ["node", "app.js"] x y # start',
      errors: [{ range: [1, 23, 1, 26], message: /text `x y` after/ }],
      output: 'FROM node:22-slim\nCMD ["node", "app.js"] # start',
    },
    {
      name: 'on a continuation line',
      code: 'FROM node:22-slim\nCMD ["node", \\\n    "app.js"] &&',
      errors: [{ range: [2, 14, 2, 16], message: /text `&&` after/ }],
      output: 'FROM node:22-slim\nCMD ["node", \\\n    "app.js"]',
    },
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
