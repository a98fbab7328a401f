import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintWithRule } from '../../support/rule-tester';
import { ruleTester } from '../../support/rule-tester';

const f = 'FROM python:3.12-slim\n';

ruleTester('cmd-entrypoint-form-mismatch', {
  valid: [
    `${f}ENTRYPOINT ["python", "-m", "app"]\nCMD ["--port", "8080"]`,
    `${f}ENTRYPOINT python -m app`,
    {
      name: 'a shell-form ENTRYPOINT under PowerShell gets the CMD appended to its command line',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell.exe", "-Command"]\nENTRYPOINT C:\\ps-scripts\\entrypoint.ps1 version;\nCMD ["-Verbose"]',
    },
    { name: 'a shell-form ENTRYPOINT that forwards sh -c\'s parameters (sentry)', code: `${f}ENTRYPOINT exec /docker-entrypoint.sh "$0" "$@"\nCMD ["run", "web"]` },
    `${f}CMD python -m app`,
    `${f}ENTRYPOINT ["python"]\nCMD ["app.py"]\nFROM ${'alpine'}\nCMD echo hi`,
  ],
  invalid: [
    {
      name: 'exec-form ENTRYPOINT with shell-form CMD',
      code: `${f}ENTRYPOINT ["python", "-m", "app"]\nCMD --port 8080`,
      errors: [{ range: [2, 4, 2, 15], message: '`CMD` in shell form reaches the exec-form `ENTRYPOINT` as `/bin/sh -c "…"` arguments; write it as a JSON array.' }],
      output: `${f}ENTRYPOINT ["python", "-m", "app"]\nCMD ["--port", "8080"]`,
    },
    {
      name: 'shell-form ENTRYPOINT with a CMD',
      code: `${f}CMD ["--debug"]\nENTRYPOINT python -m app`,
      errors: [{ range: [2, 11, 2, 24], message: '`ENTRYPOINT` in shell form ignores `CMD` and `docker run` arguments; write it as a JSON array.' }],
      output: `${f}CMD ["--debug"]\nENTRYPOINT ["python", "-m", "app"]`,
    },
    {
      name: 'a Windows image: cmd is named, and its words keep their backslashes',
      code: `FROM mcr.microsoft.com/windows/servercore:ltsc2022\nENTRYPOINT ["C:\\\\app\\\\app.exe"]\nCMD C:\\data\\app.ini`,
      errors: [{ range: [2, 4, 2, 19], message: '`CMD` in shell form reaches the exec-form `ENTRYPOINT` as `cmd /S /C "…"` arguments; write it as a JSON array.' }],
      output: `FROM mcr.microsoft.com/windows/servercore:ltsc2022\nENTRYPOINT ["C:\\\\app\\\\app.exe"]\nCMD ["C:\\\\data\\\\app.ini"]`,
    },
    {
      name: 'under a SHELL that is not POSIX (PowerShell), no fix',
      code: `FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nENTRYPOINT ["C:\\\\app\\\\app.exe"]\nCMD --port 80`,
      errors: [{ range: [3, 4, 3, 13], message: '`CMD` in shell form reaches the exec-form `ENTRYPOINT` as `powershell -Command "…"` arguments; write it as a JSON array.' }],
    },
    {
      name: 'inherited through FROM <stage>; shell syntax means no fix',
      code: `FROM python:3.12-slim AS base\nENTRYPOINT ["python"]\nFROM base\nCMD app.py > /tmp/log`,
      errors: [{ range: [3, 4, 3, 21] }],
    },
  ],
});

test('exec-form-recommended leaves the mismatched instruction to this rule', () => {
  const found = lintWithRule('exec-form-recommended', { code: `${f}ENTRYPOINT ["python", "-m", "app"]\nCMD --port 8080` });
  assert.deepEqual(found.filter((x) => x.rule === 'exec-form-recommended'), []);
  const alone = lintWithRule('exec-form-recommended', { code: `${f}CMD --port 8080` });
  assert.equal(alone.filter((x) => x.rule === 'exec-form-recommended').length, 1);
});
