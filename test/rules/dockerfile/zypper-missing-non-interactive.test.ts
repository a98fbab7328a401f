import { ruleTester } from '../../support/rule-tester';

const suse = "FROM opensuse/leap:15.6\n";

ruleTester('zypper-missing-non-interactive', {
  valid: [
    `${suse}RUN zypper -n install curl`,
    `${suse}RUN zypper --non-interactive in curl`,
    `${suse}RUN zypper install -y curl`,
    `${suse}RUN zypper rm --no-confirm curl`,
    `${suse}RUN zypper refresh`,
  ],
  invalid: [
    {
      code: `${suse}RUN zypper install curl`,
      errors: [
        { range: [1, 11, 1, 18], message: "`zypper install` runs without `-n` (`--non-interactive`), so it aborts at the confirmation prompt." },
      ],
      output: `${suse}RUN zypper -n install curl`,
    },
    {
      name: "-n after the subcommand means --name",
      code: `${suse}RUN zypper install -n curl`,
      errors: [
        { range: [1, 11, 1, 18], message: "`zypper install` runs without `-n` (`--non-interactive`), so it aborts at the confirmation prompt." },
      ],
      output: `${suse}RUN zypper -n install -n curl`,
    },
    {
      name: "patch",
      code: `${suse}RUN zypper --quiet patch`,
      errors: [
        { range: [1, 19, 1, 24], message: "`zypper patch` runs without `-n` (`--non-interactive`), so it aborts at the confirmation prompt." },
      ],
      output: `${suse}RUN zypper -n --quiet patch`,
    },
  ],
});
