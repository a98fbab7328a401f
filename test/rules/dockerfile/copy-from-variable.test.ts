import { ruleTester } from '../../support/rule-tester';

ruleTester('copy-from-variable', {
  valid: ['ARG T=alpine:3.22\nFROM ${T} AS t\nFROM debian:trixie-slim\nCOPY --from=t /a /b', 'FROM alpine:3.22\nARG SRC=x\nRUN --mount=type=bind,from=$SRC,target=/s ls'],
  invalid: [
    {
      code: 'ARG TOOLS=alpine:3.22\nFROM debian:trixie-slim\nCOPY --from=$TOOLS /bin/busybox /bin/busybox',
      errors: [{ range: [2, 12, 2, 18], message: '`--from=$TOOLS` holds a variable, which the builder does not expand; copy from a stage built `FROM` it instead.' }],
      output: 'ARG TOOLS=alpine:3.22\nFROM ${TOOLS} AS tools-src\nFROM debian:trixie-slim\nCOPY --from=tools-src /bin/busybox /bin/busybox',
    },
    {
      name: 'braces and a stage name already taken',
      code: 'ARG BASE_IMG=alpine:3.22\nFROM alpine:3.22 AS base-img-src\nFROM debian:trixie-slim\nCOPY --from=${BASE_IMG} /a /b',
      errors: [{ range: [3, 12, 3, 23] }],
      output: 'ARG BASE_IMG=alpine:3.22\nFROM alpine:3.22 AS base-img-src\nFROM ${BASE_IMG} AS base-img-src-2\nFROM debian:trixie-slim\nCOPY --from=base-img-src-2 /a /b',
    },
    { name: 'a stage ARG gets no fix', code: 'FROM debian:trixie-slim\nARG SRC=build\nCOPY --from=$SRC /a /b', errors: [{ range: [2, 12, 2, 16] }] },
    { name: 'partly variable', code: 'ARG V=1\nFROM debian:trixie-slim\nCOPY --from=tools-$V /a /b', errors: [{ range: [2, 12, 2, 20] }] },
  ],
});
