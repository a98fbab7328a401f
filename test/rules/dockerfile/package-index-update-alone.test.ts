import { ruleTester } from '../../support/rule-tester';

const deb = 'FROM debian:trixie-slim\n';

ruleTester('package-index-update-alone', {
  valid: [
    `${deb}RUN apt-get update && apt-get install -y --no-install-recommends curl`,
    `${deb}RUN apt-get update`,
    `${deb}RUN apt-get update\nFROM debian:trixie-slim\nRUN apt-get install -y curl`,
    'FROM alpine:3.22\nRUN apk update\nRUN apt-get install -y curl',
    `${deb}RUN apt-get update && apt-get upgrade -y\nRUN apt-get install -y curl`,
    'FROM alpine:3.22\nRUN apk add --no-cache curl\nRUN apk add --no-cache git',
  ],
  invalid: [
    {
      code: `${deb}RUN apt-get update\nRUN apt-get install -y --no-install-recommends curl`,
      errors: [{ range: [1, 12, 1, 18], message: 'This RUN only refreshes the package index; the install in a later RUN (line 3) can then use stale cached lists. Refresh and install in one RUN.' }],
      output: `${deb}RUN apt-get update && apt-get install -y --no-install-recommends curl`,
    },
    {
      name: 'ENV and comments between stay',
      code: `${deb}RUN apt-get -qq update\n# tools\nENV X=1\nRUN apt-get install -y curl`,
      errors: [{ range: [1, 16, 1, 22] }],
      output: `${deb}# tools\nENV X=1\nRUN apt-get -qq update && apt-get install -y curl`,
    },
    { name: 'other instructions between: no fix', code: `${deb}RUN apt-get update\nWORKDIR /x\nRUN apt-get install -y curl`, errors: [{ range: [1, 12, 1, 18] }] },
    { name: 'other commands in the refresh RUN: no fix', code: `${deb}RUN apt-get update && echo done\nRUN apt-get install -y curl`, errors: [{ range: [1, 12, 1, 18] }] },
    { name: 'apk', code: 'FROM alpine:3.22\nRUN apk update\nRUN apk add curl', errors: [{ range: [1, 8, 1, 14] }], output: 'FROM alpine:3.22\nRUN apk update && apk add curl' },
    { name: 'dnf makecache', code: 'FROM fedora:42\nRUN dnf makecache\nRUN dnf install -y git', errors: [{ range: [1, 8, 1, 17] }], output: 'FROM fedora:42\nRUN dnf makecache && dnf install -y git' },
  ],
});
