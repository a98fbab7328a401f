import { ruleTester } from '../../support/rule-tester';

const deb = "FROM debian:bookworm-slim\n";

ruleTester('run-package-install-as-non-root', {
  valid: [
    `${deb}RUN apt-get install -y curl
USER app`,
    `${deb}USER app
USER root
RUN apt-get install -y curl`,
    `${deb}USER 0:0
RUN apt-get install -y curl`,
    `${deb}USER app
RUN sudo apt-get install -y curl`,
    `${deb}USER app
RUN pip install --user requests`,
    `${deb}ARG U
USER $U
RUN apt-get install -y curl`,
    `${deb}USER app
ONBUILD RUN apt-get install -y curl`,
  ],
  invalid: [
    {
      code: `${deb}USER app
RUN apt-get install -y curl`,
      errors: [
        { range: [2, 4, 2, 11], message: "`apt-get install` runs as user `app`, who cannot install system packages." },
      ],
      output: `${deb}USER app
USER root
RUN apt-get install -y curl
USER app`,
    },
    {
      name: "alpine, one finding per RUN",
      code: `FROM alpine:3.20
USER 1000:1000
RUN apk add --no-cache curl && apk add --no-cache git`,
      errors: [
        { range: [2, 4, 2, 7], message: "`apk add` runs as user `1000:1000`, who cannot install system packages." },
      ],
      output: `FROM alpine:3.20
USER 1000:1000
USER root
RUN apk add --no-cache curl && apk add --no-cache git
USER 1000:1000`,
    },
    {
      name: "user inherited through the stage chain",
      code: `FROM fedora:41 AS base
USER app
FROM base
RUN dnf install -y nginx && dnf clean all`,
      errors: [
        { range: [3, 4, 3, 7], message: "`dnf install` runs as user `app`, who cannot install system packages." },
      ],
      output: `FROM fedora:41 AS base
USER app
FROM base
USER root
RUN dnf install -y nginx && dnf clean all
USER app`,
    },
  ],
});
