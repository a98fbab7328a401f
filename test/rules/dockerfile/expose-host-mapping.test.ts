import { ruleTester } from '../../support/rule-tester';

ruleTester('expose-host-mapping', {
  valid: ['FROM nginx:1.27\nEXPOSE 80 443/tcp'],
  invalid: [
    {
      code: 'FROM nginx:1.27\nEXPOSE 8080:80',
      errors: [{ range: [1, 7, 1, 12], message: '`8080:80`: the host part `8080:` is ignored; `EXPOSE` takes only the container port.' }],
      output: 'FROM nginx:1.27\nEXPOSE 80',
    },
    { code: 'FROM nginx:1.27\nEXPOSE 127.0.0.1:53/udp', errors: [{ range: [1, 7, 1, 17] }], output: 'FROM nginx:1.27\nEXPOSE 53/udp' },
  ],
});
