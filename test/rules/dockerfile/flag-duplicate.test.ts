import { ruleTester } from '../../support/rule-tester';

ruleTester('flag-duplicate', {
  valid: [
    'FROM alpine:3.20\nRUN --mount=type=cache,target=/a --mount=type=secret,id=x make\nCOPY --exclude=*.md --exclude=tests . /app',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20 AS a\nFROM alpine:3.20\nCOPY --from=a --from=b /x /x',
      errors: [
        { range: [2, 5, 2, 11], message: '`--from` is given 2 times on this `COPY`; it may appear once.' },
        { range: [2, 14, 2, 20] },
      ],
    },
    { code: 'FROM alpine:3.20\nHEALTHCHECK --retries=3 --retries=5 CMD true', errors: [{ range: [1, 12, 1, 21] }, { range: [1, 24, 1, 33] }] },
  ],
});
