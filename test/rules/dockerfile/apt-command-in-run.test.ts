import { ruleTester } from '../../support/rule-tester';

const ub = "FROM ubuntu:24.04\n";

ruleTester('apt-command-in-run', {
  valid: [
    `${ub}RUN apt-get update && apt-get install -y curl`,
    `${ub}RUN apt-cache policy curl`,
    `${ub}RUN apt-get install -y apt`,
    `${ub}RUN echo apt install curl`,
  ],
  invalid: [
    {
      code: `${ub}RUN apt update && apt install -y curl`,
      errors: [
        { range: [1, 4, 1, 7], message: "`apt update` uses the interactive front end; use `apt-get update` in scripts." },
        { range: [1, 18, 1, 21], message: "`apt install` uses the interactive front end; use `apt-get install` in scripts." },
      ],
      output: `${ub}RUN apt-get update && apt-get install -y curl`,
    },
    {
      name: "apt-cache subcommands",
      code: `${ub}RUN apt show curl`,
      errors: [
        { range: [1, 4, 1, 7], message: "`apt show` uses the interactive front end; use `apt-cache show` in scripts." },
      ],
      output: `${ub}RUN apt-cache show curl`,
    },
    {
      name: "apt list has no fix",
      code: `${ub}RUN apt list --installed`,
      errors: [
        { range: [1, 4, 1, 7], message: "`apt list` uses the interactive front end, whose command line is not stable in scripts." },
      ],
    },
    {
      name: "full path",
      code: `${ub}RUN /usr/bin/apt remove -y curl`,
      errors: [
        { range: [1, 4, 1, 16], message: "`apt remove` uses the interactive front end; use `apt-get remove` in scripts." },
      ],
      output: `${ub}RUN /usr/bin/apt-get remove -y curl`,
    },
  ],
});
