import { ruleTester } from '../../support/rule-tester';

ruleTester('from-as-casing', {
  valid: ['FROM node:22 AS build\nfrom node:22 as test', 'FROM node:22', { name: 'mixed-case FROM is another rule\'s', code: 'From node:22 as build' }],
  invalid: [
    {
      code: 'FROM node:22 as build',
      errors: [{ range: [0, 13, 0, 15], message: '`as` does not match the case of `FROM`; write `AS`.' }],
      output: 'FROM node:22 AS build',
    },
    { code: 'from node:22 As build', errors: [{ range: [0, 13, 0, 15] }], output: 'from node:22 as build' },
  ],
});
