import { ruleTester } from '../../support/rule-tester';

const suse = "FROM opensuse/leap:15.6\n";

ruleTester('zypper-package-unpinned', {
  valid: [
    `${suse}RUN zypper -n install curl=8.6.0 "git>=2.43"`,
    `${suse}RUN zypper -n install /tmp/x.rpm`,
    `${suse}ARG PKG
RUN zypper -n install $PKG`,
  ],
  invalid: [
    {
      code: `${suse}RUN zypper -n install curl`,
      errors: [
        { range: [1, 22, 1, 26], message: "Package `curl` is installed without a version (`curl=<version>`)." },
      ],
    },
    {
      name: "repo value skipped",
      code: `${suse}RUN zypper -n in --from devel git`,
      errors: [
        { range: [1, 30, 1, 33], message: "Package `git` is installed without a version (`git=<version>`)." },
      ],
    },
  ],
});
