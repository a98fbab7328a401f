import { ruleTester } from '../../support/rule-tester';

ruleTester('from-invalid-form', {
  valid: ['FROM node:20', 'FROM node:20 AS build', 'from node:20 as build', 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build'],
  invalid: [
    {
      code: 'FROM node:20 builder',
      errors: [{ range: [0, 13, 0, 20], message: '`FROM` takes one image or `<image> AS <name>`; `builder` is unexpected. Did you forget `AS`?' }],
      output: 'FROM node:20 AS builder',
    },
    { code: 'FROM node:20 AS', errors: [{ range: [0, 13, 0, 15], message: '`AS` needs a stage name after it.' }] },
    {
      code: 'from node:20 sa build',
      errors: [{ range: [0, 13, 0, 15], message: 'Expected `AS` between the image and the stage name, found `sa`.' }],
      output: 'from node:20 as build',
    },
    { name: 'no fix for an unrelated middle word', code: 'FROM node:20 LIKE build', errors: [{ range: [0, 13, 0, 17] }] },
    { code: 'FROM node:20 AS build extra', errors: [{ range: [0, 22, 0, 27], message: /at most/ }] },
  ],
});
