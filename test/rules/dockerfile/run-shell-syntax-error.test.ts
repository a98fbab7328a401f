import { ruleTester } from '../../support/rule-tester';

ruleTester('run-shell-syntax-error', {
  valid: [
    'FROM alpine:3.20\nRUN if [ -f /x ]; then echo yes; elif true; then :; else echo no; fi',
    'FROM alpine:3.20\nRUN for f in a b; do echo "$f"; done && while false; do :; done',
    'FROM alpine:3.20\nRUN case "$A" in a|b) echo ab ;; *) echo other ;; esac',
    // A Windows image runs RUN under cmd, whose `for … do` has no `done`; also through an ARG and a later stage.
    '# escape=`\nARG REPO=mcr.microsoft.com/dotnet/framework/runtime\nFROM $REPO:4.8-windowsservercore-ltsc2022 AS base\n' +
      'RUN (for /D %i in ("C:\\tmp\\*") do rmdir /S /Q "%i")\nFROM base\nRUN if exist x (del x)',
    'FROM alpine:3.20\nRUN f() { echo "$(date) )"; }; f && (cd /tmp && ls) | cat',
    'FROM alpine:3.20\nRUN apk add curl \\\n  && echo done # trailing comment with fi',
    { name: 'heredoc script', code: 'FROM alpine:3.20\nRUN <<EOF\nif true; then\n  echo ok\nfi\nEOF' },
    { name: 'a heredoc inside a heredoc script is data', code: 'FROM alpine:3.20\nRUN <<EOF\ncat <<-INNER > /tmp/x\n\tif ( not shell\n\tINNER\necho done\nEOF' },
    { name: 'unusual white space does not stall the scanner', code: 'FROM alpine:3.20\nRUN echo a\u00a0b \f c\u000b' },
    { name: 'function bodies', code: 'FROM alpine:3.20\nRUN function f { echo a; }; g () { echo b; }; f; g' },
    'FROM alpine:3.20\nRUN find . -name "*.pyc" -exec rm {} \\; && echo done=1 && echo $(( (1 + 2) * 3 ))',
    { name: 'python heredoc', code: 'FROM python:3.13\nRUN <<EOF\n#!/usr/bin/env python3\nif True: print("(")\nEOF' },
    { name: 'command words named like object properties open no block', code: 'FROM alpine:3.20\nRUN constructor && toString; hasOwnProperty __proto__' },
    {
      name: 'an image the file cannot name, with a Windows SHELL later: the RUN before it goes to cmd',
      code: 'ARG base\nFROM ${base}\nRUN (if "%python%"=="3.13" setx PYTHON_VERSION "3.13.1")\nSHELL ["powershell", "-Command"]\nRUN $v = 1',
    },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN if ($true) { Write-Host "{" }' },
  ],
  invalid: [
    {
      name: 'pwsh runs on Linux too, so it tells nothing about an image the file cannot name',
      code: 'ARG base\nFROM ${base}\nRUN (echo a\nSHELL ["pwsh", "-Command"]',
      errors: [{ range: [2, 4, 2, 5] }],
    },
    {
      code: 'FROM alpine:3.20\nRUN if [ -f /x ]; then echo yes',
      errors: [{ range: [1, 4, 1, 6], message: '`if` is never closed with `fi`.' }],
    },
    { code: 'FROM alpine:3.20\nRUN apk add curl &&', errors: [{ range: [1, 17, 1, 19], message: /ends with `&&`/ }] },
    { code: 'FROM alpine:3.20\nRUN echo "hello', errors: [{ range: [1, 9, 1, 10], message: 'Unterminated double quote: the shell will reject this script.' }] },
    { code: 'FROM alpine:3.20\nRUN for x in a; do echo; fi', errors: [{ range: [1, 16, 1, 18], message: /`do` is never closed/ }, { range: [1, 25, 1, 27], message: '`fi` closes nothing (the open `do` needs `done`).' }] },
    { code: 'FROM alpine:3.20\nRUN <<EOF\ncase x in\n  a) echo ;;\nEOF', errors: [{ range: [2, 0, 2, 4], message: '`case` is never closed with `esac`.' }] },
  ],
});
