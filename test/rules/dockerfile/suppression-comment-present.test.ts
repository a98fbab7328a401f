import { ruleTester } from '../../support/rule-tester';

const f = 'FROM node:22\n';

ruleTester('suppression-comment-present', {
  valid: [`${f}# install tools\nRUN true`, `# syntax=docker/dockerfile:1\n${f}`, `# check=error=true\n${f}`, `${f}# hadolint is great\nRUN true`],
  invalid: [
    {
      code: `${f}# hadolint ignore=DL3008\nRUN apt-get install -y curl`,
      errors: [{ range: [1, 0, 1, 24], message: 'Suppression comments are not allowed here; record exceptions in the shared configuration instead.' }],
      output: `${f}RUN apt-get install -y curl`,
    },
    {
      name: 'directive, ours and global',
      code: `# check=skip=JSONArgsRecommended\n${f}# stevedore-ignore base-image-latest -- legacy\nRUN true\n# hadolint global ignore=DL3059\n`,
      errors: [{ range: [0, 0, 0, 32] }, { range: [2, 0, 2, 46] }, { range: [4, 0, 4, 31] }],
      output: `${f}RUN true\n`,
    },
    {
      name: 'a check directive with other settings is reported without a fix',
      code: `# check=skip=all;error=true\n${f}`,
      errors: [{ range: [0, 0, 0, 27] }],
    },
  ],
});
