import { ruleTester } from '../../support/rule-tester';

ruleTester('external-resource-extra-keys', {
  valid: [
    'volumes:\n  data:\n    external: true\n    name: prod_data\n    x-note: created by terraform\n',
    'volumes:\n  data:\n    driver: local\n    driver_opts:\n      type: nfs\n',
    'volumes:\n  data:\n    external: false\n    driver: local\n',
    // Networks are not checked by Compose for this.
    'networks:\n  front:\n    external: true\n    driver: bridge\n',
  ],
  invalid: [
    {
      code: 'volumes:\n  data:\n    external: true\n    driver: local\n    driver_opts:\n      type: none\n      o: bind\n    labels:\n      - team=db\n  cache: {}\n',
      errors: [
        { range: [3, 4, 3, 10], message: 'Volume `data` is `external: true`, so it cannot also set `driver`: Compose refuses the conflicting parameters.' },
        { range: [4, 4, 4, 15], message: 'Volume `data` is `external: true`, so it cannot also set `driver_opts`: Compose refuses the conflicting parameters.' },
        { range: [7, 4, 7, 10], message: 'Volume `data` is `external: true`, so it cannot also set `labels`: Compose refuses the conflicting parameters.' },
      ],
      output: 'volumes:\n  data:\n    external: true\n  cache: {}\n',
    },
    {
      name: 'flow style: reported without a fix',
      code: 'volumes:\n  data: {external: true, driver: local}\n',
      errors: [{ range: [1, 25, 1, 31], message: /cannot also set `driver`/ }],
    },
  ],
});
