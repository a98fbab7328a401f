import { ruleTester } from '../../support/rule-tester';

const deb = "FROM debian:bookworm-slim\n";

ruleTester('wget-progress-bar', {
  valid: [
    `${deb}RUN wget --progress=dot:giga https://example.com/a`,
    `${deb}RUN wget -q https://example.com/a`,
    `${deb}RUN wget -qO- https://example.com/a | tar -xz`,
    `${deb}RUN wget -nv https://example.com/a`,
    `${deb}RUN wget --no-verbose -O /tmp/a https://example.com/a`,
    `${deb}RUN wget -o /tmp/wget.log https://example.com/a`,
    `${deb}RUN wget --append-output=/tmp/log https://example.com/a`,
    `${deb}ARG WGET_FLAGS
RUN wget $WGET_FLAGS https://example.com/a`,
    `${deb}RUN apt-get install -y wget`,
  ],
  invalid: [
    {
      code: `${deb}RUN wget https://example.com/app.tar.gz`,
      errors: [
        { range: [1, 4, 1, 8], message: "`wget` without `--progress`, `-q` or `-nv` floods the build log with progress output." },
      ],
      output: `${deb}RUN wget --progress=dot:giga https://example.com/app.tar.gz`,
    },
    {
      name: "-O and -nc do not quiet it",
      code: `${deb}RUN wget -nc -O /tmp/a https://example.com/a`,
      errors: [
        { range: [1, 4, 1, 8], message: "`wget` without `--progress`, `-q` or `-nv` floods the build log with progress output." },
      ],
      output: `${deb}RUN wget --progress=dot:giga -nc -O /tmp/a https://example.com/a`,
    },
    {
      name: "unknown variable inside a URL",
      code: `${deb}ARG V=1.0
RUN wget -O /usr/local/bin/gosu "https://example.com/$V/gosu-$dpkgArch"`,
      errors: [
        { range: [2, 4, 2, 8], message: "`wget` without `--progress`, `-q` or `-nv` floods the build log with progress output." },
      ],
      output: `${deb}ARG V=1.0
RUN wget --progress=dot:giga -O /usr/local/bin/gosu "https://example.com/$V/gosu-$dpkgArch"`,
    },
    {
      name: "alpine: busybox wget, no fix",
      code: `FROM alpine:3.20
RUN wget https://example.com/a`,
      errors: [
        { range: [1, 4, 1, 8], message: "`wget` without `--progress`, `-q` or `-nv` floods the build log with progress output." },
      ],
    },
  ],
});
