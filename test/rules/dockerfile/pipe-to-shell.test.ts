import { ruleTester } from '../../support/rule-tester';

const f = 'FROM debian:bookworm-slim\n';

ruleTester('pipe-to-shell', {
  valid: [
    `${f}RUN curl -fsSL -o /tmp/i.sh https://x/i.sh && sh /tmp/i.sh`,
    `${f}RUN curl -fsSL https://x/key | gpg --dearmor -o /k.gpg`,
    `${f}RUN wget -q https://x/i.sh | sh`,
    `${f}RUN echo hi | sh`,
  ],
  invalid: [
    {
      code: `${f}RUN curl -fsSL https://example.com/install.sh | sh`,
      errors: [{ range: [1, 48, 1, 50], message: 'A download is piped into `sh`; save it, verify a checksum, then run it.' }],
    },
    { name: 'wget -O- into sudo bash', code: `${f}RUN wget -qO- https://x/i.sh | sudo bash -s -- --yes`, errors: [{ range: [1, 36, 1, 40] }] },
    { name: 'command substitution', code: `${f}RUN sh -c "$(curl -fsSL https://x/i.sh)"`, errors: [{ range: [1, 4, 1, 6], message: /`sh` runs a script fetched by/ }] },
    { name: 'process substitution', code: `${f}RUN bash <(curl -s https://x/i.sh)`, errors: [{ range: [1, 4, 1, 8] }] },
    { name: 'python', code: `${f}RUN curl -sSL https://install.python-poetry.org | python3 -`, errors: [{ range: [1, 50, 1, 57] }] },
  ],
});
