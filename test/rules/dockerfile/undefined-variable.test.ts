import { ruleTester } from '../../support/rule-tester';

const py = 'FROM python:3.13-slim\n';

ruleTester('undefined-variable', {
  valid: [
    `${py}ENV APP_HOME=/srv/app\nWORKDIR $APP_HOME`,
    { name: 'a variable read only inside its own ${NAME:+…} (official tomcat)', code: 'FROM scratch\nENV LD_LIBRARY_PATH ${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}/opt/lib\nENV B=${B+x$B}' },
    `${py}ARG VERSION=1\nLABEL version=$VERSION`,
    `${py}WORKDIR /opt/python-$PYTHON_VERSION`,
    `${py}ENV PATH=/opt/venv/bin:$PATH`,
    // An unknown base image may define `GOPATH`: it only adds to `PATH`, so it is no near-miss.
    { name: 'an unknown base image: a name that adds to a known one at an end', code: 'FROM ghcr.io/acme/go-base:1\nWORKDIR $GOPATH/src\nCOPY a $HOME2/' },
    `${py}LABEL v=\${NOPE:-x}`,
    `${py}RUN echo $NOPE`,
    `${py}CMD echo $NOPE`,
    `${py}COPY ["$NOPE", "/x"]`,
    `${py}ENV A='$NOPE'`,
    `${py}ENV A=\\$NOPE`,
    'FROM ghcr.io/acme/base:1\nWORKDIR $APP_DIR',
    'FROM node:22-slim AS base\nENV APP=/app\nFROM base\nWORKDIR $APP',
    `${py}ARG http_proxy\nENV X=$HTTPS_PROXY`,
    `${py}COPY <<EOF /x\n$NOPE\nEOF`,
  ],
  invalid: [
    {
      name: 'inside another variable\'s alternative it is still read',
      code: 'FROM scratch\nARG A=1\nENV X=${A:+$MISSING}',
      errors: [{ range: [2, 12, 2, 19] }],
    },
    {
      code: `${py}ENV APP_HOME=/srv/app\nWORKDIR $APP_HOEM`,
      errors: [{ range: [2, 9, 2, 17], message: '`$APP_HOEM` is not defined by any ARG or ENV in scope; did you mean `APP_HOME`?' }],
      output: `${py}ENV APP_HOME=/srv/app\nWORKDIR $APP_HOME`,
    },
    {
      name: 'no rename to a name a reference cannot spell (`$APP_HO&a` is `$APP_HO` then `&a`)',
      code: `${py}ENV APP_HO&a x\nWORKDIR $APP_HOME`,
      errors: [{ range: [2, 9, 2, 17], message: '`$APP_HOME` is not defined by any ARG or ENV in scope, so it expands to an empty string.' }],
    },
    {
      name: 'a known base image: any unknown name',
      code: `${py}COPY --chown=$APP_USER app /srv/`,
      errors: [{ range: [1, 14, 1, 22], message: '`$APP_USER` is not defined by any ARG or ENV in scope, so it expands to an empty string.' }],
    },
    {
      name: 'an unknown base image: near-misses only',
      code: 'FROM ghcr.io/acme/base:1\nENV PATH=/opt/bin:$PAHT',
      errors: [{ range: [1, 19, 1, 23] }],
      output: 'FROM ghcr.io/acme/base:1\nENV PATH=/opt/bin:$PATH',
    },
    {
      name: 'an ARG of another stage',
      code: 'FROM node:22-slim AS build\nARG OUT=/out\nFROM node:22-slim\nCOPY --from=build $OUT /app',
      errors: [{ range: [3, 19, 3, 22] }],
    },
    {
      name: 'set later in the same ENV does not count',
      code: `${py}ENV A=1 B=$C`,
      errors: [{ range: [1, 11, 1, 12] }],
    },
    { name: 'scratch has no environment but the default PATH', code: 'FROM scratch\nWORKDIR $HOME\nENV PATH=/app/bin:$PATH', errors: [{ range: [1, 9, 1, 13] }] },
  ],
});
