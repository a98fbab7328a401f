import { ruleTester } from '../../support/rule-tester';

const deb = "FROM debian:bookworm-slim\n";

ruleTester('ln-bin-sh', {
  valid: [
    `${deb}SHELL ["/bin/bash", "-c"]`,
    `${deb}RUN ln -s /bin/sh /usr/local/bin/sh`,
    `${deb}RUN ln -sf /usr/bin/python3 /usr/bin/python`,
  ],
  invalid: [
    {
      code: `${deb}RUN ln -sf /bin/bash /bin/sh`,
      errors: [
        { range: [1, 21, 1, 28], message: "`ln` replaces `/bin/sh`, the shell of every later RUN; choose the build shell with `SHELL` instead." },
      ],
    },
    {
      name: "through a variable, usr/bin",
      code: `${deb}ENV TARGET=/usr/bin/sh
RUN sudo ln -sfn /bin/bash "$TARGET"`,
      errors: [
        { range: [2, 27, 2, 36], message: "`ln` replaces `/bin/sh`, the shell of every later RUN; choose the build shell with `SHELL` instead." },
      ],
    },
  ],
});
