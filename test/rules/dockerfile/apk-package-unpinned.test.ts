import { ruleTester } from '../../support/rule-tester';

const alp = "FROM alpine:3.20\n";

ruleTester('apk-package-unpinned', {
  valid: [
    `${alp}RUN apk add --no-cache curl=8.9.1-r0 git~2.45 "openssl>3.3"`,
    `${alp}RUN apk add --no-cache /tmp/custom.apk`,
    `${alp}RUN apk add --no-cache --virtual .build-deps -X https://dl-cdn.alpinelinux.org/alpine/edge/testing foo=1.0-r0`,
    `${alp}ARG PKGS
RUN apk add --no-cache $PKGS`,
    `${alp}RUN apk del curl`,
  ],
  invalid: [
    {
      code: `${alp}RUN apk add --no-cache curl git=2.45.2-r0`,
      errors: [
        { range: [1, 23, 1, 27], message: "Package `curl` is installed without a version constraint (`curl=<version>` or `curl~<version>`)." },
      ],
    },
    {
      name: "virtual name skipped",
      code: `${alp}RUN apk add --no-cache --virtual .build-deps gcc`,
      errors: [
        { range: [1, 45, 1, 48], message: "Package `gcc` is installed without a version constraint (`gcc=<version>` or `gcc~<version>`)." },
      ],
    },
  ],
});
