import { ruleTester } from '../../support/rule-tester';

const deb = "FROM debian:bookworm-slim\n";

ruleTester('run-cd-instead-of-workdir', {
  valid: [
    // Back to / after working in a folder, to remove it.
    'FROM debian:12\nRUN mkdir /build && cd /build && cmake /src && make install; cd / && rm -rf /build',
    `${deb}WORKDIR /app
RUN make`,
    `${deb}RUN (cd /app && make)`,
    `${deb}RUN cd - && cd .. && cd`,
    `${deb}RUN mkdir -p /build && cd /build && cmake /src`,
    `${deb}RUN git clone https://github.com/user/tool.git && cd tool && make install`,
    `${deb}RUN git clone --depth 1 https://github.com/user/tool.git /opt/src && cd /opt/src && make`,
    `${deb}RUN cd "$(mktemp -d)" && curl -fsSLO https://example.com/x.tgz`,
    `${deb}RUN curl -fsSLO https://example.com/app-1.2.tar.gz && tar -xzf app-1.2.tar.gz && cd app-1.2 && make`,
    `${deb}RUN cd /tmp/build && make`,
    `${deb}RUN cd /src/app && make && rm -rf /src/app`,
    `${deb}ARG DIR
RUN cd $DIR && make`,
  ],
  invalid: [
    { name: 'cd / as the first cd of the RUN', code: 'FROM debian:12\nRUN cd / && ls', errors: [{ range: [1, 4, 1, 8] }] },
    {
      code: `${deb}RUN cd /app && npm ci`,
      errors: [
        { range: [1, 4, 1, 11], message: "`cd /app` lasts only for this RUN; use `WORKDIR /app` to set the folder for the stage." },
      ],
    },
    {
      name: "resolved variable, second line",
      code: `${deb}ARG APP=/srv/app
RUN set -e; \\
  cd \${APP}; make`,
      errors: [
        { range: [3, 2, 3, 11], message: "`cd /srv/app` lasts only for this RUN; use `WORKDIR /srv/app` to set the folder for the stage." },
      ],
    },
    {
      name: "heredoc",
      code: `${deb}RUN <<EOF
set -e
cd /usr/src/app
make
EOF`,
      errors: [
        { range: [3, 0, 3, 15], message: "`cd /usr/src/app` lasts only for this RUN; use `WORKDIR /usr/src/app` to set the folder for the stage." },
      ],
    },
    {
      name: "after a subshell closes",
      code: `${deb}RUN (cd /a && make) && cd /b && make`,
      errors: [
        { range: [1, 23, 1, 28], message: "`cd /b` lasts only for this RUN; use `WORKDIR /b` to set the folder for the stage." },
      ],
    },
  ],
});
