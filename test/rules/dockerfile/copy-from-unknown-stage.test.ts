import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const build = 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\n';

ruleTester('copy-from-unknown-stage', {
  valid: [
    `${build}FROM alpine:3.20\nCOPY --from=build /out/app /app`,
    `${build}FROM alpine:3.20\nCOPY --from=BUILD /out/app /app`,
    `${build}FROM alpine:3.20\nCOPY --from=0 /out/app /app`,
    'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /x',
    'FROM alpine:3.20\nCOPY --from=ghcr.io/acme/tools /bin/tool /bin/tool',
    `${build}FROM alpine:3.20\nRUN --mount=type=cache,from=build,target=/cache ls /cache`,
    `${build}FROM alpine:3.20\nARG SRC=build\nCOPY --from=$SRC /out/app /app`,
    'FROM alpine:3.20\nARG SRC\nCOPY --from=$SRC /a /b',
    { name: 'a stage naming itself is copy-from-own-stage\'s', code: 'FROM golang:1.23 AS build\nCOPY --from=build /a /b' },
    { name: 'a Docker Official Image name', code: 'FROM alpine:3.20\nCOPY --from=nginx /etc/nginx/nginx.conf /x' },
    {
      name: 'a named context from compose additional_contexts',
      code: 'FROM alpine:3.20\nCOPY --from=assets /logo.png /srv/',
      fileName: '/work/Dockerfile',
      fs: memoryFileSystem({ '/work/compose.yaml': 'services:\n  web:\n    build:\n      context: .\n      additional_contexts:\n        assets: ../assets\n' }),
    },
    {
      name: 'a named context from a Bake file',
      code: 'FROM alpine:3.20\nCOPY --from=assets /logo.png /srv/',
      fileName: '/work/Dockerfile',
      fs: memoryFileSystem({ '/work/docker-bake.hcl': 'target "web" {\n  contexts = {\n    assets = "../assets"\n  }\n}\n' }),
    },
  ],
  invalid: [
    {
      code: `${build}FROM alpine:3.20\nCOPY --from=biuld /out/app /app`,
      errors: [{ range: [3, 12, 3, 17], message: 'No stage named `biuld`. Did you mean `build`?' }],
      output: `${build}FROM alpine:3.20\nCOPY --from=build /out/app /app`,
    },
    {
      // The suggestion is looked for among the hundred stages just before: found here, in a file of many stages.
      name: 'a misspelt stage among 120',
      code: `${Array.from({ length: 120 }, (_, i) => `FROM alpine:3.20 AS s${i}\n`).join('')}FROM alpine:3.20\nCOPY --from=s118x /a /a`,
      errors: [{ range: [121, 12, 121, 17], message: 'No stage named `s118x`. Did you mean `s118`?' }],
      output: `${Array.from({ length: 120 }, (_, i) => `FROM alpine:3.20 AS s${i}\n`).join('')}FROM alpine:3.20\nCOPY --from=s118 /a /a`,
    },
    {
      name: 'defined later',
      code: 'FROM alpine:3.20 AS app\nCOPY --from=tools /bin/x /bin/x\nFROM alpine:3.20 AS tools',
      errors: [{ range: [1, 12, 1, 17], message: /defined later/ }],
    },
    { name: 'an unknown name', code: 'FROM alpine:3.20\nCOPY --from=tools /a /b', errors: [{ range: [1, 12, 1, 17], message: 'No stage named `tools`; unless the build passes a context of that name (`--build-context`), it is pulled as an image.' }] },
    { name: 'index out of range', code: 'FROM alpine:3.20\nCOPY --from=1 /a /b', errors: [{ range: [1, 12, 1, 13], message: /does not name an earlier stage/ }] },
    {
      name: 'RUN --mount from=',
      code: `${build}FROM alpine:3.20\nRUN --mount=type=bind,from=buld,target=/src ls /src`,
      errors: [{ range: [3, 27, 3, 31] }],
      output: `${build}FROM alpine:3.20\nRUN --mount=type=bind,from=build,target=/src ls /src`,
    },
    {
      name: 'alternatives list the other stages',
      code: 'FROM alpine:3.20 AS deps\nFROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=buidl /a /b',
      errors: [{ range: [3, 12, 3, 17] }],
      output: 'FROM alpine:3.20 AS deps\nFROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build /a /b',
      alternatives: ['FROM alpine:3.20 AS deps\nFROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=deps /a /b'],
    },
  ],
});
