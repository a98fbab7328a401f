import { ruleTester } from '../../support/rule-tester';

const deb = "FROM debian:bookworm-slim\n";

ruleTester('heredoc-run-without-set-e', {
  valid: [
    `${deb}RUN <<EOF
set -e
apt-get update
apt-get install -y curl
EOF`,
    `${deb}RUN <<EOF
set -eux
apt-get update
apt-get install -y curl
EOF`,
    `${deb}RUN <<EOF
set -o errexit
apt-get update
apt-get install -y curl
EOF`,
    `${deb}RUN <<EOF
#!/bin/bash -ex
apt-get update
apt-get install -y curl
EOF`,
    `${deb}RUN bash -e <<EOF
apt-get update
apt-get install -y curl
EOF`,
    `${deb}SHELL ["/bin/bash", "-ec"]
RUN <<EOF
apt-get update
apt-get install -y curl
EOF`,
    `${deb}RUN <<EOF
apt-get update && apt-get install -y curl
EOF`,
    `${deb}RUN python3 <<EOF
import os
print(os.name)
EOF`,
    `${deb}COPY <<EOF /etc/motd
hello
world
EOF`,
  ],
  invalid: [
    {
      code: `${deb}RUN <<EOF
apt-get update
apt-get install -y curl
EOF`,
      errors: [
        { range: [1, 4, 1, 9], message: "This heredoc script has no `set -e`, so only its last command decides whether the RUN fails." },
      ],
      output: `${deb}RUN <<EOF
set -e
apt-get update
apt-get install -y curl
EOF`,
    },
    {
      name: "after a shebang",
      code: `${deb}RUN <<-SCRIPT
#!/bin/sh
mkdir /a
cp x /a
SCRIPT`,
      errors: [
        { range: [1, 4, 1, 13], message: "This heredoc script has no `set -e`, so only its last command decides whether the RUN fails." },
      ],
      output: `${deb}RUN <<-SCRIPT
#!/bin/sh
set -e
mkdir /a
cp x /a
SCRIPT`,
    },
    {
      name: "ONBUILD",
      code: `${deb}ONBUILD RUN <<EOF
make
make install
EOF`,
      errors: [
        { range: [1, 12, 1, 17], message: "This heredoc script has no `set -e`, so only its last command decides whether the RUN fails." },
      ],
      output: `${deb}ONBUILD RUN <<EOF
set -e
make
make install
EOF`,
    },
  ],
});
