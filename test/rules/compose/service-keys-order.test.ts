import { ruleTester } from '../../support/rule-tester';

ruleTester('service-keys-order', {
  valid: [
    'services:\n  api:\n    image: x:1\n    depends_on: [db]\n    environment:\n      A: 1\n    ports: ["80:80"]\n    restart: always\n    labels: {}\n    user: app\n    cap_add: [CHOWN]\n    tty: true\n',
    { name: 'custom groups', code: 'services:\n  api:\n    ports: ["80:80"]\n    image: x:1\n', options: { groups: [['ports'], ['image']] } },
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    restart: always\n    # the image\n    image: acme/api:1.4\n    ports:\n      - "8080:8080"\n',
      errors: [{ range: [4, 4, 4, 9], message: 'Key `image` of service `api` should come before `restart`.' }],
      output: 'services:\n  api:\n    # the image\n    image: acme/api:1.4\n    ports:\n      - "8080:8080"\n    restart: always\n',
    },
    {
      name: 'unknown keys last, alphabetically',
      code: 'services:\n  api:\n    tty: true\n    image: x:1\n    init: true\n',
      errors: [{ range: [3, 4, 3, 9] }],
      output: 'services:\n  api:\n    image: x:1\n    init: true\n    tty: true\n',
    },
  ],
});
