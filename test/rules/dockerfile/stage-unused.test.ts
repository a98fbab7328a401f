import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const file = 'FROM golang:1.25 AS build\nRUN go build -o /app .\nFROM golang:1.25 AS test\nRUN go test ./...\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app';

ruleTester('stage-unused', {
  valid: [
    'FROM alpine:3.22',
    'FROM alpine:3.22 AS base\nFROM base AS app',
    'FROM alpine:3.22 AS a\nFROM alpine:3.22\nCOPY --from=0 /x /x',
    'FROM alpine:3.22 AS a\nFROM alpine:3.22\nRUN --mount=type=bind,from=a,target=/a ls /a',
    'ARG S=a\nFROM alpine:3.22 AS a\nFROM alpine:3.22\nARG S\nCOPY --from=$S /x /x',
    'FROM alpine:3.22 AS a\nFROM alpine:3.22 AS b\nFROM alpine:3.22\nARG SRC\nCOPY --from=$SRC /x /x',
    {
      name: 'a compose build.target counts as used',
      code: file,
      fileName: '/work/app/Dockerfile',
      fs: memoryFileSystem({ '/work/compose.yaml': 'services:\n  test:\n    build:\n      context: app\n      target: test\n' }),
    },
    {
      name: 'a Bake target counts as used',
      code: file,
      fileName: '/work/Dockerfile',
      fs: memoryFileSystem({ '/work/docker-bake.hcl': 'target "test" {\n  context = "."\n  target = "test"\n}\n' }),
    },
  ],
  invalid: [
    {
      code: file,
      errors: [{ range: [2, 20, 2, 24], message: 'Stage `test` is not used by any later stage and is not the final stage, so a default build skips it (unless CI builds it with `--target`).' }],
    },
    {
      name: 'a compose file for another Dockerfile does not count',
      code: file,
      fileName: '/work/Dockerfile',
      fs: memoryFileSystem({ '/work/compose.yaml': 'services:\n  test:\n    build:\n      context: .\n      dockerfile: Dockerfile.dev\n      target: test\n' }),
      errors: [{ range: [2, 20, 2, 24] }],
    },
    {
      name: 'an unnamed stage is marked on its image',
      code: 'FROM alpine:3.22\nRUN echo\nFROM debian:trixie-slim',
      errors: [{ range: [0, 5, 0, 16], message: /^Stage 0 \(`alpine:3.22`\)/ }],
    },
  ],
});
