import { ruleTester } from '../../support/rule-tester';

const deb = "FROM debian:bookworm-slim\n";

ruleTester('pipefail-missing', {
  valid: [
    `${deb}SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/x.tgz | tar -xz`,
    `${deb}SHELL ["/bin/bash", "-euxo", "pipefail", "-c"]
RUN curl -fsSL https://example.com/x.tgz | tar -xz`,
    `${deb}RUN set -o pipefail && curl -fsSL https://example.com/x.tgz | tar -xz`,
    // cmd, the default shell of a Windows image, has no pipefail.
    'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN type a.txt | findstr b',
    // `|` between a case arm's patterns is not a pipe.
    `${deb}RUN case "$TARGETARCH" in \\\n    amd64|x86_64) A=x64 ;; \\\n    arm64 | aarch64 ) A=arm64 ;; \\\n  esac`,
    `${deb}RUN <<EOF
set -euo pipefail
curl -fsSL https://example.com/x.tgz | tar -xz
EOF`,
    `${deb}RUN echo "deb http://deb.debian.org/debian bookworm main" | tee /etc/apt/sources.list`,
    `${deb}RUN printf 'a\\nb' | sort`,
    `${deb}RUN grep -v x /etc/hosts | wc -l || true`,
    `${deb}RUN curl -fsSL https://example.com || true`,
    `${deb}SHELL ["pwsh", "-Command"]
RUN Get-Content x | Out-Null`,
    { name: "pipe inside $(…) is not a RUN pipeline", code: `${deb}RUN export V="$(cat /etc/os-release | grep VERSION)"` },
  ],
  invalid: [
    {
      name: 'a RUN before the first FROM (here `\\0FROM`): no SHELL applies there, so no fix',
      code: '\u0000FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com | tar -xz\n',
      errors: [{ range: [2, 35, 2, 36] }],
    },
    {
      name: "default sh on Debian: SHELL fix",
      code: `${deb}RUN curl -fsSL https://example.com/x.tgz | tar -xz -C /opt`,
      errors: [
        { range: [1, 41, 1, 42], message: "This pipe hides a failure of the commands before it; set `-o pipefail` first." },
      ],
      output: `${deb}SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/x.tgz | tar -xz -C /opt`,
    },
    {
      name: "sh -o pipefail does not count",
      code: `${deb}SHELL ["/bin/sh", "-o", "pipefail", "-c"]
RUN wget -qO- https://example.com | sh`,
      errors: [
        { range: [2, 34, 2, 35], message: "This pipe hides a failure of the commands before it; set `-o pipefail` first." },
      ],
      output: `${deb}SHELL ["/bin/sh", "-o", "pipefail", "-c"]
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN wget -qO- https://example.com | sh`,
    },
    {
      name: "bash SHELL without pipefail: prefix fix",
      code: `${deb}SHELL ["/bin/bash", "-c"]
RUN apt-get update && curl -fsSL https://example.com | bash -`,
      errors: [
        { range: [2, 53, 2, 54], message: "This pipe hides a failure of the commands before it; set `-o pipefail` first." },
      ],
      output: `${deb}SHELL ["/bin/bash", "-c"]
RUN set -o pipefail && apt-get update && curl -fsSL https://example.com | bash -`,
    },
    {
      name: "alpine ash: prefix fix",
      code: `FROM alpine:3.20
RUN wget -qO- https://example.com/x.tgz | tar -xz`,
      errors: [
        { range: [1, 40, 1, 41], message: "This pipe hides a failure of the commands before it; set `-o pipefail` first." },
      ],
      output: `FROM alpine:3.20
RUN set -o pipefail && wget -qO- https://example.com/x.tgz | tar -xz`,
    },
    {
      name: "alpine heredoc",
      code: `FROM alpine:3.20
RUN <<EOF
set -e
wget -qO- https://example.com/x.tgz | tar -xz
EOF`,
      errors: [
        { range: [3, 36, 3, 37], message: "This pipe hides a failure of the commands before it; set `-o pipefail` first." },
      ],
      output: `FROM alpine:3.20
RUN <<EOF
set -o pipefail
set -e
wget -qO- https://example.com/x.tgz | tar -xz
EOF`,
    },
    {
      name: "set pipefail after the pipe is too late",
      code: `FROM alpine:3.20
RUN cat /a | sort; set -o pipefail`,
      errors: [
        { range: [1, 11, 1, 12], message: "This pipe hides a failure of the commands before it; set `-o pipefail` first." },
      ],
      output: `FROM alpine:3.20
RUN set -o pipefail && cat /a | sort; set -o pipefail`,
    },
  ],
});
