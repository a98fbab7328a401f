import { ruleTester } from '../../support/rule-tester';

ruleTester('interpolation-in-key', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    environment:\n      - ${PREFIX}_URL=http://api\n',
    'services:\n  web:\n    image: nginx:1.27\n    environment:\n      $$LITERAL: x\n',
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      ${PREFIX}_URL: http://api\n',
      errors: [{ range: [4, 6, 4, 19], message: 'The key `${PREFIX}_URL` holds a `$` expression, but Compose interpolates only values: the key stays as written.' }],
    },
    {
      name: 'a service name',
      code: 'services:\n  "$NAME":\n    image: nginx:1.27\n',
      errors: [{ range: [1, 2, 1, 9] }],
    },
  ],
});
