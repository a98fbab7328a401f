import { ruleTester } from '../../support/rule-tester';

ruleTester('suppression-invalid', {
  valid: [
    '# hadolint ignore=DL3007\nFROM node:latest',
    '# hadolint ignore=SC2086,DL3059\nFROM node:22-slim',
    '# stevedore-ignore base-image-latest -- pinned by the mirror\nFROM node:latest',
    '# check=skip=JSONArgsRecommended\nFROM node:22-slim\nCMD node x.js',
    '# check=skip=all\nFROM node:22-slim',
    { code: 'version: "3" # dclint disable-line no-version-field\nservices: {}\n', fileName: '/w/compose.yaml' },
  ],
  invalid: [
    {
      code: '# hadolint ignore=DL3O07,DL3007\nFROM node:latest',
      errors: [{ range: [0, 18, 0, 24], message: 'Unknown rule `DL3O07` in suppression comment. Did you mean `DL3007`?' }],
      output: '# hadolint ignore=DL3007,DL3007\nFROM node:latest',
    },
    {
      code: '# check=skip=JsonArgsRecomended\nFROM node:22-slim\nCMD node x.js',
      errors: [{ range: [0, 13, 0, 31], message: /Did you mean `JSONArgsRecommended`\?/ }],
      output: '# check=skip=JSONArgsRecommended\nFROM node:22-slim\nCMD node x.js',
    },
    {
      code: '# stevedore-ignore base-image-lates\nFROM node:latest',
      errors: [{ range: [0, 19, 0, 35], message: /Did you mean `base-image-latest`\?/ }],
      output: '# stevedore-ignore base-image-latest\nFROM node:latest',
    },
    {
      name: 'compose dclint comment',
      fileName: '/w/compose.yaml',
      code: 'version: "3" # dclint disable-line no-version-feld\nservices: {}\n',
      errors: [{ range: [0, 35, 0, 50], message: /Did you mean `no-version-field`\?/ }],
      output: 'version: "3" # dclint disable-line no-version-field\nservices: {}\n',
    },
  ],
});
