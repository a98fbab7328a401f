import { ruleTester } from '../../support/rule-tester';

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
      name: "non-root user: no fix",
      code: `${deb}USER app
RUN sudo apt-get update && sudo apt-get install -y curl`,
      errors: [
        { range: [2, 4, 2, 8], message: "`sudo` in RUN: the build already runs as the current USER; switch with `USER` instead." },
        { range: [2, 27, 2, 31], message: "`sudo` in RUN: the build already runs as the current USER; switch with `USER` instead." },
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
