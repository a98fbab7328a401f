import { ruleTester } from '../../support/rule-tester';

ruleTester('suppression-unused', {
  valid: [
    '# stevedore-ignore base-image-latest\nFROM node:latest',
    '# hadolint ignore=DL3059\nFROM node:22-slim',
    '# hadolint ignore=SC2086\nFROM node:22-slim',
    '# check=skip=all\nFROM node:22-slim',
    { code: 'services:\n  web:\n    image: nginx:1.27\n    depends_on: [x] # stevedore-ignore depends-on-undefined-service\n', fileName: '/w/compose.yaml' },
  ],
  invalid: [
    {
      code: '# stevedore-ignore base-image-latest\nFROM node:22-slim',
      errors: [{ range: [0, 19, 0, 36], message: 'Suppression of `base-image-latest` suppresses nothing here.' }],
    },
    {
      name: 'only the unused name of a list',
      code: '# hadolint ignore=DL3007,DL3006\nFROM node:latest',
      errors: [{ range: [0, 25, 0, 31] }],
    },
    {
      name: 'whole-file suppressions, read together: each is used when a finding of a rule it names is there',
      code: '# stevedore-ignore-file base-image-latest\n# hadolint global ignore=DL3007,DL3025\n# stevedore-ignore-file base-image-latest\nFROM node:latest',
      errors: [{ range: [1, 32, 1, 38], message: "Suppression of `DL3025` suppresses nothing here: Stevedore's `exec-form-recommended` finds nothing. Keep it only while hadolint checks this file." }],
    },
    {
      name: 'suppressions of the same instruction, read together',
      code: '# hadolint ignore=DL3007\n# stevedore-ignore base-image-latest\n# hadolint ignore=DL3020\nFROM node:latest',
      errors: [{ range: [2, 18, 2, 24], message: "Suppression of `DL3020` suppresses nothing here: Stevedore's `add-for-local-files` finds nothing. Keep it only while hadolint checks this file." }],
    },
    {
      name: "BuildKit's check=skip names the tool too",
      code: '# check=skip=JSONArgsRecommended\nFROM node:22-slim\nCMD ["node"]',
      errors: [{ range: [0, 13, 0, 32], message: "Suppression of `JSONArgsRecommended` suppresses nothing here: Stevedore's `exec-form-recommended` finds nothing. Keep it only while BuildKit checks this file." }],
    },
    {
      name: 'a suppression for another line',
      code: '# stevedore-ignore base-image-latest\nFROM node:22-slim\nFROM node:latest',
      errors: [{ range: [0, 19, 0, 36] }],
    },
  ],
});
