import { ruleTester } from '../../support/rule-tester';

ruleTester('heredoc-unterminated', {
  valid: [
    'FROM alpine:3.20\nRUN <<EOF\napk add curl\nEOF',
    'FROM alpine:3.20\nRUN <<-EOF\n\tapk add curl\n\tEOF',
    'FROM alpine:3.20\nCOPY <<CONF /etc/app.conf\nkey=1\nCONF',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUN <<EOF\napk add curl\n  EOF',
      errors: [{ range: [1, 4, 1, 9], message: 'The heredoc `EOF` is never closed: no line holds just `EOF`. A line `  EOF` exists, but it is indented with spaces; only `<<-` strips leading tabs.' }],
    },
    { code: 'FROM alpine:3.20\nRUN <<EOF\napk add curl\nEOF  ', errors: [{ range: [1, 4, 1, 9], message: /trailing spaces/ }] },
    { code: 'FROM alpine:3.20\nRUN <<EOF\napk add curl\n', errors: [{ range: [1, 4, 1, 9], message: 'The heredoc `EOF` is never closed: no line holds just `EOF`.' }] },
  ],
});
