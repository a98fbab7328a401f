import { ruleTester } from '../../support/rule-tester';

ruleTester('base-image-latest', {
  valid: [
    'FROM python:3.13-slim',
    'FROM python:latest@sha256:2d1b0c6d09e5b1d6e9c0d4a7b36b8a3c1a4c3b1f0e1a8b3c2d4e5f60718293a4',
    'FROM python',
    'ARG TAG\nFROM python:$TAG',
    'FROM latest',
  ],
  invalid: [
    { code: 'FROM python:latest', errors: [{ range: [0, 12, 0, 18], message: 'Base image `python:latest` uses the `latest` tag, which changes whenever the publisher pushes.' }] },
    { code: 'FROM registry.example.com:5000/app:LATEST AS x', errors: [{ range: [0, 35, 0, 41] }] },
    { name: 'via a variable: the whole reference', code: 'ARG TAG=latest\nFROM node:${TAG}', errors: [{ range: [1, 5, 1, 16] }] },
    { code: 'FROM node:latest AS build\nFROM nginx:latest', errors: [{ range: [0, 10, 0, 16] }, { range: [1, 11, 1, 17] }] },
  ],
});
