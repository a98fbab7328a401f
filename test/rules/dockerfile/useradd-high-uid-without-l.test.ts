import { ruleTester } from '../../support/rule-tester';

const deb = "FROM debian:bookworm-slim\n";

ruleTester('useradd-high-uid-without-l', {
  valid: [
    `${deb}RUN useradd -l -u 1000000 app`,
    `${deb}RUN useradd --no-log-init --uid 1000000 app`,
    `${deb}RUN useradd -lmu 1000000 app`,
    `${deb}RUN useradd -u 10001 app`,
    `${deb}ARG UID
RUN useradd -u $UID app`,
  ],
  invalid: [
    {
      code: `${deb}RUN useradd -u 1000000 app`,
      errors: [
        { range: [1, 15, 1, 22], message: "`useradd` with UID `1000000` and no `-l` writes huge lastlog and faillog files into the layer." },
      ],
      output: `${deb}RUN useradd -l -u 1000000 app`,
    },
    {
      name: "--uid= and -m",
      code: `${deb}RUN useradd -m --uid=123456 -s /bin/bash app`,
      errors: [
        { range: [1, 15, 1, 27], message: "`useradd` with UID `123456` and no `-l` writes huge lastlog and faillog files into the layer." },
      ],
      output: `${deb}RUN useradd -l -m --uid=123456 -s /bin/bash app`,
    },
    {
      name: "UID from ARG",
      code: `${deb}ARG UID=2000000
RUN groupadd -g 2000 app && useradd -u \${UID} -g app app`,
      errors: [
        { range: [2, 39, 2, 45], message: "`useradd` with UID `2000000` and no `-l` writes huge lastlog and faillog files into the layer." },
      ],
      output: `${deb}ARG UID=2000000
RUN groupadd -g 2000 app && useradd -l -u \${UID} -g app app`,
    },
  ],
});
