import { ruleTester } from '../../support/rule-tester';

ruleTester('parser-directive-misplaced', {
  valid: [
    '# syntax=docker/dockerfile:1\n# escape=`\nFROM alpine:3.20',
    '#!/usr/bin/env buildctl\n# syntax=docker/dockerfile:1\nFROM alpine:3.20',
    { name: 'check=skip above an instruction', code: 'FROM alpine:3.20\n# check=skip=JSONArgsRecommended\nCMD node app.js' },
    { name: 'heredoc bodies are not comments', code: 'FROM alpine:3.20\nCOPY <<EOF /x\n# syntax=foo\nEOF' },
  ],
  invalid: [
    {
      name: 'a garbled value would break the build once the line takes effect: no fix',
      code: '\n # syntax=docker/dockerf: # syntax=docker/dockerfile:1.7\nFROM alpine:3.20\n# escape=x\n',
      errors: [{ range: [1, 3, 1, 9] }, { range: [3, 2, 3, 8] }],
    },
    {
      name: 'a check value BuildKit rejects (an unknown option) would fail the build once it takes effect: no fix',
      code: '# Build\n# check=error=true;fail=1\n# more\nFROM alpine:3.20',
      errors: [{ range: [1, 2, 1, 7] }],
    },
    {
      name: 'escape=` in a file continued with backslashes: moved, it would change how every continued line reads, so no fix',
      code: 'FROM alpine:3.20\nRUN apk add \\\n    curl\n# escape=`\n',
      errors: [{ range: [3, 2, 3, 8] }],
    },
    {
      name: 'escape=` in a file without continued lines is moved',
      code: 'FROM alpine:3.20\nRUN apk add curl\n# escape=`\n',
      errors: [{ range: [2, 2, 2, 8] }],
      output: '# escape=`\nFROM alpine:3.20\nRUN apk add curl\n',
    },
    {
      name: 'a valid check value is moved',
      code: '# Build\n# check=skip=all;error=true\n# more\nFROM alpine:3.20',
      errors: [{ range: [1, 2, 1, 7] }],
      output: '# check=skip=all;error=true\n# Build\n# more\nFROM alpine:3.20',
    },
    {
      code: '# Build the API image\n# syntax=docker/dockerfile:1\nFROM alpine:3.20',
      errors: [{ range: [1, 2, 1, 8], message: '`# syntax=docker/dockerfile:1` is after the directive block, so it is an ordinary comment and has no effect.' }],
      output: '# syntax=docker/dockerfile:1\n# Build the API image\nFROM alpine:3.20',
    },
    {
      name: 'a file with a byte order mark: moved to the first line, after the mark, with no blank line before it',
      code: '\uFEFFFROM alpine:3.20\n# syntax=docker/dockerfile:1\nRUN true',
      errors: [{ range: [1, 2, 1, 8] }],
      output: '\uFEFF# syntax=docker/dockerfile:1\nFROM alpine:3.20\nRUN true',
    },
    {
      name: 'after a blank line, moved below the block',
      code: '# syntax=docker/dockerfile:1\n\n# escape=`\nFROM alpine:3.20',
      errors: [{ range: [2, 2, 2, 8] }],
      output: '# syntax=docker/dockerfile:1\n# escape=`\n\nFROM alpine:3.20',
    },
    {
      name: 'no move when the block already has one',
      code: '# syntax=docker/dockerfile:1\nFROM alpine:3.20\n# syntax=docker/dockerfile:1.7',
      errors: [{ range: [2, 2, 2, 8] }],
    },
  ],
});
