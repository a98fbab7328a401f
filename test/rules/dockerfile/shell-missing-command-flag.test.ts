import { ruleTester } from '../../support/rule-tester';

const deb = "FROM debian:bookworm-slim\n";

ruleTester('shell-missing-command-flag', {
  valid: [
    // PowerShell and cmd read everything after the flag as the command (the official Windows images do this).
    `FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]\nRUN Write-Host hi`,
    `FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["cmd", "/S", "/C", "@echo off &&"]\nRUN dir`,
    `${deb}SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN echo hi`,
    `${deb}SHELL ["/bin/bash", "-euxc"]
RUN echo hi`,
    `${deb}SHELL ["/bin/bash", "-o", "pipefail"]
RUN ["echo", "hi"]
CMD ["app"]`,
    { name: "windows cmd", code: `FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["cmd", "/S", "/C"]
RUN echo hi` },
    { name: "powershell", code: `FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command"]
RUN Write-Host hi` },
    `${deb}SHELL ["/usr/local/bin/mytool"]
RUN hi`,
  ],
  invalid: [
    {
      code: `${deb}SHELL ["/bin/bash", "-o", "pipefail"]
RUN curl -fsSL https://example.com | tar -xz`,
      errors: [
        { range: [1, 26, 1, 36], message: "This SHELL array does not end with `-c`, so each command is passed to `bash` as a script file name." },
      ],
      output: `${deb}SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com | tar -xz`,
    },
    {
      name: "used by CMD in a later stage",
      code: `FROM debian:bookworm-slim AS base
SHELL ["/bin/sh"]
FROM base
CMD exec app`,
      errors: [
        { range: [1, 7, 1, 16], message: "This SHELL array does not end with `-c`, so each command is passed to `sh` as a script file name." },
      ],
      output: `FROM debian:bookworm-slim AS base
SHELL ["/bin/sh", "-c"]
FROM base
CMD exec app`,
    },
    {
      name: "powershell",
      code: `FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-NoProfile"]
RUN Write-Host hi`,
      errors: [
        { range: [1, 21, 1, 33], message: "This SHELL array does not end with `-Command`, so each command is passed to `powershell` as a script file name." },
      ],
      output: `FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-NoProfile", "-Command"]
RUN Write-Host hi`,
    },
  ],
});
