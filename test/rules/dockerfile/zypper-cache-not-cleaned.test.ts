import { ruleTester } from '../../support/rule-tester';

const suse = "FROM opensuse/leap:15.6\n";

ruleTester('zypper-cache-not-cleaned', {
  valid: [
    `${suse}RUN zypper -n install curl && zypper clean -a`,
    `${suse}RUN zypper -n in curl && zypper cc`,
    `${suse}RUN --mount=type=cache,target=/var/cache/zypp zypper -n install curl`,
    `${suse}RUN zypper -n install curl && rm -rf /var/cache/zypp/*`,
  ],
  invalid: [
    {
      code: `${suse}RUN zypper -n install curl`,
      errors: [
        { range: [1, 14, 1, 21], message: "`zypper install` leaves the zypper cache in the layer; run `zypper clean` in the same RUN." },
      ],
      output: `${suse}RUN zypper -n install curl && zypper clean`,
    },
    {
      name: "in",
      code: `${suse}RUN zypper refresh && zypper -n in curl`,
      errors: [
        { range: [1, 32, 1, 34], message: "`zypper in` leaves the zypper cache in the layer; run `zypper clean` in the same RUN." },
      ],
      output: `${suse}RUN zypper refresh && zypper -n in curl && zypper clean`,
    },
  ],
});
