import { ruleTester } from '../../support/rule-tester';

ruleTester('image-floating-tag', {
  valid: [
    'services:\n  proxy:\n    image: caddy:2.10\n',
    'services:\n  proxy:\n    build: .\n    image: acme/proxy:dev\n',
    { name: 'option narrows the list', code: 'services:\n  a:\n    image: node:lts\n', options: { tags: ['nightly'] } },
  ],
  invalid: [
    {
      code: 'services:\n  proxy:\n    image: caddy:edge\n  a:\n    image: node:LTS\n',
      errors: [
        { range: [2, 11, 2, 21], message: 'Image `caddy:edge` of service `proxy` uses the moving tag `edge`: pin a version.' },
        { range: [4, 11, 4, 19] },
      ],
    },
    { name: 'custom list', code: 'services:\n  a:\n    image: acme/a:main\n', options: { tags: ['main'] }, errors: [{ range: [2, 11, 2, 22] }] },
  ],
});
