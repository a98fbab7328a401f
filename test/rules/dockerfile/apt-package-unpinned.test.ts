import { ruleTester } from '../../support/rule-tester';

const deb = "FROM debian:bookworm-slim\n";

ruleTester('apt-package-unpinned', {
  valid: [
    `${deb}RUN apt-get install -y curl=7.88.1-10+deb12u8`,
    `${deb}RUN apt-get install -y ./local.deb /tmp/pkg.deb`,
    `${deb}RUN apt-get install -y -t bookworm-backports curl=8.11.1-1~bpo12+1`,
    `${deb}RUN apt-get install -y curl/bookworm-backports`,
    { name: "unknown variable skipped (hadolint #329)", code: `${deb}ARG PACKAGES
RUN apt-get install -y $PACKAGES` },
    `${deb}ARG CURL_VERSION=7.88.1-10+deb12u8
RUN apt-get install -y curl=\${CURL_VERSION}`,
    `${deb}RUN apt-get update`,
  ],
  invalid: [
    {
      code: `${deb}RUN apt-get install -y --no-install-recommends curl ca-certificates=20230311`,
      errors: [
        { range: [1, 47, 1, 51], message: "Package `curl` is installed without a pinned version (`curl=<version>`)." },
      ],
    },
    {
      name: "target release value skipped",
      code: `${deb}RUN apt-get install -y --target-release bookworm-backports git`,
      errors: [
        { range: [1, 59, 1, 62], message: "Package `git` is installed without a pinned version (`git=<version>`)." },
      ],
    },
    {
      name: "packages from an ENV list",
      code: `${deb}ENV PKGS="curl git"
RUN apt-get install -y $PKGS`,
      errors: [
        { range: [2, 23, 2, 28], message: "Package `curl` is installed without a pinned version (`curl=<version>`)." },
        { range: [2, 23, 2, 28], message: "Package `git` is installed without a pinned version (`git=<version>`)." },
      ],
    },
  ],
});
