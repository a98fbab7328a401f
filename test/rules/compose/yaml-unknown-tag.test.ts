import { ruleTester } from '../../support/rule-tester';

ruleTester('yaml-unknown-tag', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    ports: !reset []\n    environment: !override\n      A: "1"\n',
    'services:\n  web:\n    image: !!str nginx\n    command: !reset\n',
    'x-a: &a\n  init: true\nservices:\n  web:\n    !!merge <<: *a\n    image: nginx:1.27\n',
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports: !Reset []\n',
      errors: [{ range: [3, 11, 3, 17], message: 'Unknown tag `!Reset`: Compose understands only `!reset`, `!override`, the merge tag and the YAML core tags. Did you mean `!reset`?' }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    ports: !reset []\n',
    },
    {
      name: 'a tag with no near match, on a block mapping',
      code: 'services:\n  web:\n    image: nginx:1.27\n    environment: !include\n      A: "1"\n',
      errors: [{ range: [3, 17, 3, 25], message: /^Unknown tag `!include`: .*tags\.$/ }],
    },
    {
      name: 'an empty value',
      code: 'services:\n  web:\n    image: nginx:1.27\n    command: !rest\n',
      errors: [{ range: [3, 13, 3, 18] }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    command: !reset\n',
    },
  ],
});
