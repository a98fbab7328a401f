import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintWithRule, ruleTester } from '../../support/rule-tester';

const deb = "FROM debian:bookworm-slim\n";

ruleTester('run-sudo', {
  valid: [
    `${deb}RUN apt-get update`,
    `${deb}RUN apt-get install -y sudo`,
    `${deb}RUN echo sudo`,
  ],
  invalid: [
    {
      code: `${deb}RUN sudo apt-get update`,
      errors: [
        { range: [1, 4, 1, 8], message: "`sudo` in RUN: the build already runs as the current USER; switch with `USER` instead." },
      ],
      output: `${deb}RUN apt-get update`,
    },
    {
      name: "sudo -E as root, heredoc",
      code: `${deb}RUN <<EOF
set -e
sudo -E make install
EOF`,
      errors: [
        { range: [3, 0, 3, 4], message: "`sudo` in RUN: the build already runs as the current USER; switch with `USER` instead." },
      ],
      output: `${deb}RUN <<EOF
set -e
make install
EOF`,
    },
    {
      name: "sudo -u has no fix",
      code: `${deb}RUN sudo -u postgres psql -c 'select 1'`,
      errors: [
        { range: [1, 4, 1, 8], message: "`sudo` in RUN: the build already runs as the current USER; switch with `USER` instead." },
      ],
    },
    {
      name: "sudo -i as root: no fix",
      code: `${deb}RUN sudo -i make install`,
      errors: [
        { range: [1, 4, 1, 8], message: "`sudo` in RUN: the build already runs as the current USER; switch with `USER` instead." },
      ],
    },
    {
      name: "non-root user: unsafe wrap in USER root, every sudo of the RUN dropped once",
      code: `${deb}USER app
RUN sudo apt-get update && sudo apt-get install -y curl`,
      errors: [
        { range: [2, 4, 2, 8], message: "`sudo` in RUN: the build already runs as the current USER; switch with `USER` instead." },
        { range: [2, 27, 2, 31], message: "`sudo` in RUN: the build already runs as the current USER; switch with `USER` instead." },
      ],
      output: `${deb}USER app
USER root
RUN apt-get update && apt-get install -y curl
USER app`,
    },
    {
      name: "non-root heredoc, sudo with -E, user:group and a variable kept as written",
      code: `${deb}ARG APP=app
USER \${APP}:staff
RUN <<EOF
sudo -E make install
EOF
CMD ["app"]`,
      errors: [
        { range: [4, 0, 4, 4], message: "`sudo` in RUN: the build already runs as the current USER; switch with `USER` instead." },
      ],
      output: `${deb}ARG APP=app
USER \${APP}:staff
USER root
RUN <<EOF
make install
EOF
USER \${APP}:staff
CMD ["app"]`,
    },
    {
      name: "non-root, user set in the parent stage, indented RUN",
      code: `FROM debian:bookworm-slim AS base
USER 1000
FROM base
  RUN sudo make install`,
      errors: [
        { range: [3, 6, 3, 10], message: "`sudo` in RUN: the build already runs as the current USER; switch with `USER` instead." },
      ],
      output: `FROM debian:bookworm-slim AS base
USER 1000
FROM base
  USER root
  RUN make install
  USER 1000`,
    },
    {
      name: "non-root with sudo -u in the same RUN: no fix",
      code: `${deb}USER app
RUN sudo make install && sudo -u postgres psql -c 'select 1'`,
      errors: [
        { range: [2, 4, 2, 8], message: "`sudo` in RUN: the build already runs as the current USER; switch with `USER` instead." },
        { range: [2, 25, 2, 29], message: "`sudo` in RUN: the build already runs as the current USER; switch with `USER` instead." },
      ],
    },
    {
      name: "non-root sudo -s: no fix",
      code: `${deb}USER app
RUN sudo -s make install`,
      errors: [
        { range: [2, 4, 2, 8], message: "`sudo` in RUN: the build already runs as the current USER; switch with `USER` instead." },
      ],
    },
    {
      name: "ONBUILD: no fix",
      code: `${deb}ONBUILD RUN sudo make install`,
      errors: [
        { range: [1, 12, 1, 16], message: "`sudo` in RUN: the build already runs as the current USER; switch with `USER` instead." },
      ],
    },
    {
      name: "unknown user: no fix",
      code: `${deb}ARG U
USER $U
RUN sudo make install`,
      errors: [
        { range: [3, 4, 3, 8], message: "`sudo` in RUN: the build already runs as the current USER; switch with `USER` instead." },
      ],
    },
  ],
});

test('run-sudo: fix titles and safety', () => {
  const asRoot = lintWithRule('run-sudo', { code: `${deb}RUN sudo make install` }).filter((f) => f.rule === 'run-sudo');
  assert.deepEqual(asRoot[0].fixes.map((f) => [f.title, f.safety]), [['Remove sudo', 'safe']]);
  const asApp = lintWithRule('run-sudo', { code: `${deb}USER app\nRUN sudo make install` }).filter((f) => f.rule === 'run-sudo');
  assert.deepEqual(asApp[0].fixes.map((f) => [f.title, f.safety]), [
    ['(unsafe) Run this RUN as root with USER root … USER app and remove sudo', 'unsafe'],
  ]);
});

test('run-sudo: the non-root fix keeps CRLF line breaks', () => {
  const code = `${deb}USER app\r\nRUN sudo make install\r\n`.replace(deb, 'FROM debian:bookworm-slim\r\n');
  const [finding] = lintWithRule('run-sudo', { code }).filter((f) => f.rule === 'run-sudo');
  const edits = finding.fixes[0].edits.map((e) => e.newText);
  assert.deepEqual(edits, ['USER root\r\n', '', '\r\nUSER app']);
});
