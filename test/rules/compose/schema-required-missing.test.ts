import { ruleTester } from '../../support/rule-tester';

ruleTester('schema-required-missing', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - published: 8080\n        target: 80\n    extends:\n      service: base\n  base:\n    image: nginx:1.27\n',
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - published: 8080\n',
      errors: [{ range: [4, 8, 4, 17], message: 'Missing required key `target` under `ports[0]` of service `web`.' }],
    },
    {
      name: 'extends without service, mount without target',
      code: 'services:\n  web:\n    image: nginx:1.27\n    extends:\n      file: base.yaml\n    volumes:\n      - type: volume\n        source: data\nvolumes:\n  data: {}\n',
      errors: [{ range: [3, 4, 3, 11], message: /^Missing required key `service` under `extends`/ }, { range: [6, 8, 6, 12], message: /^Missing required key `target`/ }],
    },
  ],
});
