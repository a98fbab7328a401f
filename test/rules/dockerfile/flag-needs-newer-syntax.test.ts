import { ruleTester } from '../../support/rule-tester';

ruleTester('flag-needs-newer-syntax', {
  valid: [
    { name: 'no syntax line', code: 'FROM alpine:3.20\nCOPY --link --parents a /a\nRUN <<EOF\necho hi\nEOF' },
    '# syntax=docker/dockerfile:1\nFROM alpine:3.20\nCOPY --link --parents a /a',
    // The old experimental channel had RUN --mount before 1.2 made it stable.
    { name: 'RUN --mount under 1.1-experimental', code: '# syntax = docker/dockerfile:1.1-experimental\nFROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache --mount=type=ssh true' },
    '# syntax=docker/dockerfile:1.4\nFROM alpine:3.20\nCOPY --link a /a\nRUN <<EOF\necho hi\nEOF',
    '# syntax=docker/dockerfile:1.14-labs\nFROM alpine:3.20\nRUN --device=nvidia.com/gpu=all nvidia-smi',
    { name: 'a blank after << from 1.16 on', code: '# syntax=docker/dockerfile:1.16\nFROM alpine:3.20\nRUN cat << EOF > /x\nhi\nEOF' },
    { name: 'another frontend', code: '# syntax=example.com/my-frontend:0.1\nFROM alpine:3.20\nCOPY --link a /a' },
  ],
  invalid: [
    {
      code: '# syntax=docker/dockerfile:1.3\nFROM alpine:3.20\nCOPY --link app /app',
      errors: [{ range: [2, 5, 2, 11], message: '`COPY --link` needs frontend 1.4, but `# syntax=` pins `1.3`.' }],
      output: '# syntax=docker/dockerfile:1.4\nFROM alpine:3.20\nCOPY --link app /app',
    },
    {
      name: 'the fix takes the highest requirement',
      code: '# syntax=docker/dockerfile:1.2\nFROM alpine:3.20\nRUN <<EOF\necho hi\nEOF\nCOPY --parents a /a',
      errors: [{ range: [2, 4, 2, 9], message: /heredocs/ }, { range: [5, 5, 5, 14] }],
      output: '# syntax=docker/dockerfile:1.20\nFROM alpine:3.20\nRUN <<EOF\necho hi\nEOF\nCOPY --parents a /a',
    },
    {
      name: 'a blank between << and the name needs 1.16',
      code: '# syntax=docker/dockerfile:1.15\nFROM alpine:3.20\nRUN cat << EOF > /x\nhi\nEOF',
      errors: [{ range: [2, 8, 2, 14], message: '`<< NAME` (a blank before a heredoc\'s name) needs frontend 1.16, but `# syntax=` pins `1.15`.' }],
      output: '# syntax=docker/dockerfile:1.16\nFROM alpine:3.20\nRUN cat << EOF > /x\nhi\nEOF',
    },
    {
      name: 'labs-only flag',
      code: '# syntax=docker/dockerfile:1.14\nFROM alpine:3.20\nRUN --device=x nvidia-smi',
      errors: [{ range: [3 - 1, 4, 2, 12], message: /labs frontend 1.14-labs/ }],
      output: '# syntax=docker/dockerfile:1.14-labs\nFROM alpine:3.20\nRUN --device=x nvidia-smi',
    },
  ],
});
