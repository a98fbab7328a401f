import { ruleTester } from '../../support/rule-tester';

const deb = 'FROM debian:trixie-slim\n';

ruleTester('archive-copied-then-extracted', {
  valid: [
    `${deb}ADD vendor.tar.gz /opt/`,
    `${deb}COPY vendor.tar.gz /tmp/`,
    `${deb}COPY tool.zip /tmp/\nRUN unzip /tmp/tool.zip`,
    `FROM alpine:3.22 AS dl\nFROM debian:trixie-slim\nCOPY --from=dl /vendor.tar.gz /tmp/\nRUN tar -xzf /tmp/vendor.tar.gz`,
    `${deb}COPY vendor.tar.gz /tmp/\nRUN tar -tzf /tmp/vendor.tar.gz`,
    `${deb}COPY vendor.tar.gz /tmp/\nRUN tar -xzf /tmp/other.tar.gz`,
  ],
  invalid: [
    {
      code: `${deb}COPY vendor.tar.gz /tmp/\nRUN tar -xzf /tmp/vendor.tar.gz -C /opt`,
      errors: [{ range: [1, 5, 1, 18], message: '`vendor.tar.gz` is copied and then extracted on line 3; `ADD` would extract it without keeping the archive in a layer.' }],
    },
    { name: 'old-style tar flags, later RUN', code: `${deb}COPY dist/app.tgz /tmp/app.tgz\nWORKDIR /srv\nRUN tar xzf /tmp/app.tgz && rm /tmp/app.tgz`, errors: [{ range: [1, 5, 1, 17] }] },
    { name: '--extract in a heredoc', code: `${deb}COPY a.tar.xz /\nRUN <<EOF\ntar --extract -f /a.tar.xz\nEOF`, errors: [{ range: [1, 5, 1, 13] }] },
  ],
});
