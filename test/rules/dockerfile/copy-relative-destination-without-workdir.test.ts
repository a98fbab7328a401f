import { ruleTester } from '../../support/rule-tester';

const f = 'FROM python:3.12-slim\n';

ruleTester('copy-relative-destination-without-workdir', {
  valid: [
    { name: 'FROM scratch (and a stage built from it) always starts at /', code: 'FROM golang:1.25 AS build\nRUN go build -o /app .\nFROM scratch AS out\nCOPY --from=build /app .\nFROM out\nCOPY LICENSE .' },
    `${f}WORKDIR /app\nCOPY requirements.txt .`,
    `${f}COPY requirements.txt /app/`,
    `${f}COPY a $APP_HOME`,
    // Quotes inside a word are removed before the path is read: `"$APP"/bin` is `/srv/bin`.
    `${f}ARG APP=/srv\nCOPY a "$APP"/bin`,
    `${f}COPY a "/srv"/bin`,
    `${f}COPY a C:\\app`,
    `FROM python:3.12-slim AS base\nWORKDIR /app\nFROM base\nCOPY . .`,
    `${f}ONBUILD WORKDIR /app\nONBUILD COPY . .`,
    `${f}ENV DEST=/opt/app\nCOPY a $DEST`,
  ],
  invalid: [
    {
      code: `${f}COPY requirements.txt .`,
      errors: [{ range: [1, 22, 1, 23], message: "`.` is relative, but no `WORKDIR` is set yet, so it depends on the base image's working folder." }],
    },
    {
      name: 'WORKDIR only after the COPY',
      code: `${f}COPY app/ app/\nWORKDIR /srv`,
      errors: [{ range: [1, 10, 1, 14] }],
    },
    {
      name: 'a WORKDIR in another stage does not count',
      code: `FROM alpine AS a\nWORKDIR /x\nFROM alpine\nCOPY --from=a /x/app bin/`,
      errors: [{ range: [3, 21, 3, 25] }],
    },
    {
      name: 'exec form and ONBUILD',
      code: `${f}COPY ["a", "lib"]\nONBUILD COPY b lib2`,
      errors: [{ range: [1, 12, 1, 15] }, { range: [2, 15, 2, 19] }],
    },
  ],
});
