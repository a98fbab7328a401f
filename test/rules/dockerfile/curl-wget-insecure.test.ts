import { ruleTester } from '../../support/rule-tester';

const f = 'FROM debian:bookworm-slim\n';

ruleTester('curl-wget-insecure', {
  valid: [
    `${f}RUN curl -fsSL https://example.com/x -o /tmp/x`,
    `${f}RUN wget -q https://example.com/x`,
    `${f}RUN echo -k`,
    `${f}RUN curl -fsSL https://example.com/x -- -k`,
  ],
  invalid: [
    {
      code: `${f}RUN curl -k https://example.com/x`,
      errors: [{ range: [1, 9, 1, 11], message: '`curl -k` turns off TLS certificate checks, so the download is not verified.' }],
      output: `${f}RUN curl https://example.com/x`,
    },
    {
      name: 'k inside a group',
      code: `${f}RUN curl -skL https://example.com/x`,
      errors: [{ range: [1, 11, 1, 12], message: 'The `k` in `curl -skL` (`--insecure`) turns off TLS certificate checks.' }],
      output: `${f}RUN curl -sL https://example.com/x`,
    },
    {
      name: 'wget and --insecure, --proxy-insecure',
      code: `${f}RUN wget --no-check-certificate https://x && curl --insecure --proxy-insecure https://y`,
      errors: [{ range: [1, 9, 1, 31] }, { range: [1, 50, 1, 60] }, { range: [1, 61, 1, 77] }],
      output: `${f}RUN wget https://x && curl https://y`,
    },
    {
      name: 'rc files',
      code: `${f}RUN echo insecure >> ~/.curlrc && echo "check_certificate = off" > /etc/wgetrc`,
      errors: [{ range: [1, 9, 1, 17] }, { range: [1, 39, 1, 64] }],
    },
  ],
});
