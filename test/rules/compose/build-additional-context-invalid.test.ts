import { ruleTester } from '../../support/rule-tester';

ruleTester('build-additional-context-invalid', {
  valid: [
    'services:\n  app:\n    build:\n      context: .\n      additional_contexts:\n        base: service:base\n        src: ../src\n  base:\n    build: ./base\n',
    'services:\n  app:\n    build:\n      context: .\n      additional_contexts: ["base=service:base", "x=docker-image://alpine"]\n  base:\n    build: ./base\n',
  ],
  invalid: [
    {
      code: 'services:\n  app:\n    build:\n      context: .\n      additional_contexts:\n        base: service:bse\n        db: service:db\n  db:\n    image: postgres:17\n',
      errors: [
        { range: [5, 14, 5, 25], message: 'Additional context `service:bse`: service `bse` is not defined.' },
        { range: [6, 12, 6, 22], message: 'Additional context `service:db`: service `db` has no `build`, so there is no image to use.' },
      ],
    },
  ],
});
