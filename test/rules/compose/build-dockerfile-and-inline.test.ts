import { ruleTester } from '../../support/rule-tester';

ruleTester('build-dockerfile-and-inline', {
  valid: ['services:\n  web:\n    build:\n      context: .\n      dockerfile: web.Dockerfile\n'],
  invalid: [
    {
      code: 'services:\n  web:\n    build:\n      dockerfile: Dockerfile\n      dockerfile_inline: FROM nginx:1.27\n',
      errors: [{ range: [4, 6, 4, 23], message: 'Service `web` sets both `build.dockerfile` and `build.dockerfile_inline`: keep one.' }],
    },
  ],
});
