import { ruleTester } from '../../support/rule-tester';

ruleTester('image-end-of-life', {
  valid: [
    'services:\n  api:\n    image: node:24-alpine\n',
    'services:\n  api:\n    image: acme/api:1.0\n',
    'services:\n  api:\n    image: python\n',
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    image: node:16-alpine\n',
      errors: [{ range: [2, 11, 2, 25], message: /^Image `node:16-alpine` of service `api`: Node\.js 16 reached end of support/ }],
      output: 'services:\n  api:\n    image: node:24-alpine\n',
    },
    {
      name: 'judged on the default; no fix inside interpolation',
      code: 'services:\n  api:\n    image: "python:${PY:-3.8}-slim"\n',
      errors: [{ range: [2, 12, 2, 34], message: /^Image `python:3\.8-slim` of service `api`: Python 3\.8 reached end of support/ }],
    },
  ],
});
