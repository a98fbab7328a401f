import { ruleTester } from '../../support/rule-tester';

const deb = 'FROM debian:bookworm-slim\n';

ruleTester('apt-get-missing-yes', {
  valid: [
    `${deb}RUN apt-get update && apt-get install -y curl`,
    `${deb}RUN apt-get install --yes curl`,
    `${deb}RUN apt-get install --assume-yes curl`,
    `${deb}RUN apt-get -qq install curl`,
    `${deb}RUN apt-get -q -q install curl`,
    `${deb}RUN apt-get install -yq --no-install-recommends curl`,
    `${deb}RUN apt-get -o APT::Get::Assume-Yes=true install curl`,
    `${deb}RUN apt-get update`,
    `${deb}ENV APT_FLAGS="-y --no-install-recommends"\nRUN apt-get install $APT_FLAGS curl`,
    `${deb}ARG FLAGS\nRUN apt-get install $FLAGS curl`,
    `${deb}RUN echo 'APT::Get::Assume-Yes "true";' > /etc/apt/apt.conf.d/90yes\nRUN apt-get install curl`,
    `${deb}RUN echo apt-get install curl`,
    `${deb}RUN ["apt-get", "install", "curl"]`,
  ],
  invalid: [
    {
      name: 'only the installs after apt is set to assume yes are exempt, in a stage and the stages built on it',
      code: `FROM debian:bookworm-slim AS base\nRUN apt-get install curl\nRUN echo 'APT::Get::Assume-Yes "true";' > /etc/apt/apt.conf.d/90yes\nRUN apt-get install git\nFROM base\nRUN apt-get install jq`,
      errors: [{ range: [1, 12, 1, 19] }],
      output: `FROM debian:bookworm-slim AS base\nRUN apt-get install -y curl\nRUN echo 'APT::Get::Assume-Yes "true";' > /etc/apt/apt.conf.d/90yes\nRUN apt-get install git\nFROM base\nRUN apt-get install jq`,
    },
    {
      code: `${deb}RUN apt-get update && apt-get install curl`,
      errors: [{ range: [1, 30, 1, 37], message: '`apt-get install` has no `-y`, so it aborts at the confirmation prompt.' }],
      output: `${deb}RUN apt-get update && apt-get install -y curl`,
    },
    {
      name: 'behind sudo and env',
      code: `${deb}RUN sudo env DEBIAN_FRONTEND=noninteractive apt-get -q dist-upgrade`,
      errors: [{ range: [1, 55, 1, 67] }],
      output: `${deb}RUN sudo env DEBIAN_FRONTEND=noninteractive apt-get -q dist-upgrade -y`,
    },
    {
      name: 'continuation lines',
      code: `${deb}RUN apt-get update \\\n && apt-get install \\\n      curl`,
      errors: [{ range: [2, 12, 2, 19] }],
      output: `${deb}RUN apt-get update \\\n && apt-get install -y \\\n      curl`,
    },
    {
      name: 'inside sh -c',
      code: `${deb}RUN sh -c 'apt-get remove curl'`,
      errors: [{ range: [1, 19, 1, 25] }],
      output: `${deb}RUN sh -c 'apt-get remove -y curl'`,
    },
    {
      name: 'in a heredoc script',
      code: `${deb}RUN <<EOF\nset -e\napt-get purge curl\nEOF`,
      errors: [{ range: [3, 8, 3, 13] }],
      output: `${deb}RUN <<EOF\nset -e\napt-get purge -y curl\nEOF`,
    },
    {
      name: 'ONBUILD RUN',
      code: `${deb}ONBUILD RUN apt-get upgrade`,
      errors: [{ range: [1, 20, 1, 27] }],
      output: `${deb}ONBUILD RUN apt-get upgrade -y`,
    },
    {
      name: 'two in one RUN',
      code: `${deb}RUN apt-get install a; apt-get install b`,
      errors: [{ range: [1, 12, 1, 19] }, { range: [1, 31, 1, 38] }],
      output: `${deb}RUN apt-get install -y a; apt-get install -y b`,
    },
  ],
});
