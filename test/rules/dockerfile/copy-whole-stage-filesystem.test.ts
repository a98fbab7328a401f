import { ruleTester } from '../../support/rule-tester';

const build = 'FROM debian:trixie-slim AS build\n';

ruleTester('copy-whole-stage-filesystem', {
  valid: [
    `${build}FROM scratch\nCOPY --from=build / /rootfs/`,
    `${build}FROM scratch\nCOPY --from=build /usr/bin/curl /usr/bin/curl`,
    'FROM debian:trixie-slim\nCOPY / /',
    // tonistiigi/xx is made to be copied onto `/`: by stage, through a stage built on it, or by image.
    'FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.6.1 AS xx\nFROM xx AS helpers\nFROM golang:1.23\nCOPY --from=xx / /\nCOPY --from=helpers / /',
    'FROM golang:1.23\nCOPY --from=docker.io/tonistiigi/xx / /',
    'FROM --platform=$BUILDPLATFORM crazymax/goreleaser-xx:1.26 AS goreleaser-xx\nFROM golang:1.23\nCOPY --from=goreleaser-xx / /',
    // Into an empty scratch stage: a build flattening its layers.
    `${build}FROM scratch\nCOPY --from=build / /\nCMD ["/usr/bin/curl"]`,
    `${build}FROM scratch\nCOPY --from=build /rootfs /`,
  ],
  invalid: [
    {
      code: `${build}FROM debian:trixie-slim\nCOPY --from=build / /`,
      errors: [{ range: [2, 18, 2, 19], message: '`COPY --from` of `/` onto `/` replaces this stage\'s whole file system, system files included; copy only the folders you need.' }],
    },
    { name: 'exec form', code: `${build}FROM debian:trixie-slim\nCOPY --from=build ["/", "/"]`, errors: [{ range: [2, 19, 2, 22] }] },
    { name: 'scratch, after something was copied there', code: `${build}FROM scratch\nCOPY app /app\nCOPY --from=build / /`, errors: [{ range: [3, 18, 3, 19] }] },
    { name: 'quoted, with /.', code: `${build}FROM debian:trixie-slim\nCOPY --from=build "/." /`, errors: [{ range: [2, 18, 2, 22] }] },
  ],
});
