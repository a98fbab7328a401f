import { ruleTester } from '../../support/rule-tester';

const deb = "FROM debian:bookworm-slim\n";

ruleTester('apt-get-no-install-recommends', {
  valid: [
    `${deb}RUN apt-get install -y --no-install-recommends curl`,
    `${deb}RUN apt-get -o APT::Install-Recommends=false install -y curl`,
    `${deb}RUN apt-get install -y -o APT::Install-Recommends=0 curl`,
    `${deb}RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99norecommends
RUN apt-get install -y curl`,
    `${deb}ENV APT_OPTS="-y --no-install-recommends"
RUN apt-get install $APT_OPTS curl`,
    { name: "unknown variable keeps it silent", code: `${deb}ARG APT_OPTS
RUN apt-get install $APT_OPTS curl` },
    `${deb}RUN apt-get update`,
    `${deb}RUN echo apt-get install curl`,
    `${deb}SHELL ["pwsh", "-Command"]
RUN apt-get install curl`,
  ],
  invalid: [
    {
      code: `${deb}RUN apt-get update && apt-get install -y curl`,
      errors: [
        { range: [1, 30, 1, 37], message: "`apt-get install` has no `--no-install-recommends`, so recommended packages are installed too." },
      ],
      output: `${deb}RUN apt-get update && apt-get install --no-install-recommends -y curl`,
    },
    {
      name: "behind sudo, in sh -c",
      code: `${deb}RUN sh -c 'sudo apt-get -y install curl'`,
      errors: [
        { range: [1, 27, 1, 34], message: "`apt-get install` has no `--no-install-recommends`, so recommended packages are installed too." },
      ],
      output: `${deb}RUN sh -c 'sudo apt-get -y install --no-install-recommends curl'`,
    },
    {
      name: "heredoc",
      code: `${deb}RUN <<EOF
set -e
apt-get install -y curl
EOF`,
      errors: [
        { range: [3, 8, 3, 15], message: "`apt-get install` has no `--no-install-recommends`, so recommended packages are installed too." },
      ],
      output: `${deb}RUN <<EOF
set -e
apt-get install --no-install-recommends -y curl
EOF`,
    },
    {
      name: "continuation",
      code: `${deb}RUN apt-get update \\
 && apt-get install -y \\
      curl`,
      errors: [
        { range: [2, 12, 2, 19], message: "`apt-get install` has no `--no-install-recommends`, so recommended packages are installed too." },
      ],
      output: `${deb}RUN apt-get update \\
 && apt-get install --no-install-recommends -y \\
      curl`,
    },
  ],
});
