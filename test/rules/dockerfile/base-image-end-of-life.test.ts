import { ruleTester } from '../../support/rule-tester';

ruleTester('base-image-end-of-life', {
  valid: [
    'FROM python:3.13-slim-trixie',
    'FROM python:3',
    'FROM node:24-alpine',
    'FROM alpine@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1',
    'FROM scratch',
    'ARG V\nFROM python:${V}',
    'FROM ghcr.io/acme/app:1.0',
  ],
  invalid: [
    {
      name: 'no fix onto a release that refuses a system-wide pip install (PEP 668) when a stage built on it runs one',
      code: 'FROM ubuntu:20.04 AS base\nRUN apt-get update && apt-get install -y python3-pip\nFROM base\nRUN pip3 install flask',
      errors: [{ range: [0, 12, 0, 17] }],
    },
    {
      name: 'a date-stamped snapshot gets no fix: the new release has no snapshot of that date',
      code: 'FROM debian:bullseye-20230208-slim',
      errors: [{ range: [0, 12, 0, 34] }],
    },
    {
      code: 'FROM python:3.8-slim-buster',
      errors: [{ range: [0, 12, 0, 27], message: '`python:3.8-slim-buster`: Debian 10 reached end of support on 2024-06-30; move to Debian 13 (trixie).' }],
      output: 'FROM python:3.13-slim-trixie',
    },
    {
      name: 'two signals in one tag',
      code: 'FROM node:16-alpine3.15 AS web',
      errors: [{ range: [0, 10, 0, 23], message: /^`node:16-alpine3\.15`: Node\.js 16 reached end of support on 2023-09-11/ }],
      output: 'FROM node:24-alpine3.23 AS web',
    },
    { name: 'no successor tag, no fix', code: 'FROM centos:7', errors: [{ range: [0, 12, 0, 13], message: /CentOS 7 reached end of support/ }] },
    {
      name: 'a tag with a digest is judged but not fixed',
      code: 'FROM debian:10@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1',
      errors: [{ range: [0, 12, 0, 14] }],
    },
    {
      name: 'through an ARG default, on the image',
      code: 'ARG BASE=ubuntu:18.04\nFROM $BASE',
      errors: [{ range: [1, 5, 1, 10], message: /Ubuntu 18\.04 reached end of support/ }],
    },
    { name: 'a stage built FROM an old stage is not reported again', code: 'FROM python:3.8 AS old\nFROM old', errors: [{ range: [0, 12, 0, 15] }], output: 'FROM python:3.13 AS old\nFROM old' },
    { name: 'codename', code: 'FROM debian:buster-slim', errors: [{ range: [0, 12, 0, 23] }], output: 'FROM debian:trixie-slim' },
  ],
});
