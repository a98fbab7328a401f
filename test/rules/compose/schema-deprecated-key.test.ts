import { ruleTester } from '../../support/rule-tester';

ruleTester('schema-deprecated-key', {
  valid: [
    'networks:\n  proxy:\n    name: traefik_proxy\n    external: true\n',
    { name: 'version is version-obsolete\'s', code: 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n' },
  ],
  invalid: [
    {
      name: 'in a flow mapping the two new block lines cannot go: no fix',
      code: 'services:\n  web:\n    image: nginx:1.27\n    networks: [proxy]\nnetworks:\n  proxy: {\n    external: {\n      name: traefik_proxy\n    }\n  }\n',
      errors: [{ range: [7, 6, 7, 10] }],
    },
    {
      code: 'networks:\n  proxy:\n    external:\n      name: traefik_proxy\nvolumes:\n  data:\n    external: {name: "prod-data"}\n',
      errors: [
        { range: [3, 6, 3, 10], message: '`external.name` is deprecated. Write `name: <real name>` next to `external: true` instead.' },
        { range: [6, 15, 6, 19] },
      ],
      output: 'networks:\n  proxy:\n    name: traefik_proxy\n    external: true\nvolumes:\n  data:\n    name: "prod-data"\n    external: true\n',
    },
    {
      name: 'already has a name: no fix',
      code: 'networks:\n  proxy:\n    name: x\n    external:\n      name: y\n',
      errors: [{ range: [4, 6, 4, 10] }],
    },
  ],
});
