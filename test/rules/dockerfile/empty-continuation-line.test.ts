import { ruleTester } from '../../support/rule-tester';

ruleTester('empty-continuation-line', {
  valid: [
    'FROM debian:12\nRUN apt-get update && \\\n    # refresh first\n    apt-get install -y curl',
    { name: 'heredoc bodies may hold blank lines', code: 'FROM debian:12\nRUN <<EOF\napt-get update\n\napt-get install -y curl\nEOF' },
    'FROM debian:12\n\nRUN true\n\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update && \\\n\n    apt-get install -y curl',
      errors: [{ range: [2, 0, 2, 0], message: 'Blank line inside a continued instruction; the instruction goes on below it.' }],
      output: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl',
    },
    {
      name: 'whitespace-only lines, CRLF',
      code: 'FROM debian:12\r\nRUN a \\\r\n  \r\n\r\n  b',
      errors: [{ range: [2, 0, 2, 2] }, { range: [3, 0, 3, 0] }],
      output: 'FROM debian:12\r\nRUN a \\\r\n  b',
    },
  ],
});
