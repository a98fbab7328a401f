import { ruleTester } from '../../support/rule-tester';

ruleTester('exec-form-recommended', {
  valid: [
    'FROM node:22-slim\nCMD ["node", "server.js"]',
    'FROM node:22-slim\nENTRYPOINT ["tini", "--"]',
    'FROM node:22-slim\nCMD exec node server.js',
    'FROM node:22-slim\nSHELL ["/bin/bash", "-c"]\nCMD node server.js',
    'FROM node:22-slim AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nCMD node server.js',
    'FROM node:22-slim\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1',
  ],
  invalid: [
    {
      name: 'a CMD before the SHELL instruction of its stage',
      code: 'FROM node:22-slim\nCMD node a.js\nSHELL ["/bin/bash", "-c"]\nCMD node b.js',
      errors: [{ range: [1, 4, 1, 13] }],
      output: 'FROM node:22-slim\nCMD ["node", "a.js"]\nSHELL ["/bin/bash", "-c"]\nCMD node b.js',
    },
    {
      code: 'FROM node:22-slim\nCMD node server.js',
      errors: [{ range: [1, 4, 1, 18], message: '`CMD` uses shell form, so `/bin/sh` runs as PID 1 and the process gets no stop signals.' }],
      output: 'FROM node:22-slim\nCMD ["node", "server.js"]',
    },
    {
      name: 'quoted words keep their spaces',
      code: 'FROM python:3.13-slim\nENTRYPOINT python -m "my app"',
      errors: [{ range: [1, 11, 1, 29] }],
      output: 'FROM python:3.13-slim\nENTRYPOINT ["python", "-m", "my app"]',
    },
    {
      name: 'a Windows image names its default shell',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD ping -t localhost',
      errors: [{ range: [1, 4, 1, 21], message: '`CMD` uses shell form, so `cmd /S /C` starts the process instead of running it directly.' }],
      output: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD ["ping", "-t", "localhost"]',
    },
    {
      name: 'a Windows path keeps its backslashes (cmd reads no escapes)',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCMD C:\\app\\server.exe --port 80',
      errors: [{ range: [2, 4, 2, 31] }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCMD ["C:\\\\app\\\\server.exe", "--port", "80"]',
    },
    { name: 'no fix for cmd syntax on Windows', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD echo %PATH% & ping localhost', errors: [{ range: [1, 4, 1, 32] }] },
    { name: 'no fix with shell syntax', code: 'FROM alpine:3.20\nCMD echo $HOME && sleep 1', errors: [{ range: [1, 4, 1, 25] }] },
    {
      name: 'continuation lines',
      code: 'FROM node:22-slim\nCMD node \\\n  server.js',
      errors: [{ range: [1, 4, 2, 11] }],
      output: 'FROM node:22-slim\nCMD ["node", "server.js"]',
    },
  ],
});
