import { ruleTester } from '../../support/rule-tester';

ruleTester('no-new-privileges-missing', {
  valid: [
    'services:\n  a:\n    image: x:1\n    security_opt:\n      - no-new-privileges:true\n',
    'services:\n  a:\n    image: x:1\n    security_opt: ["no-new-privileges=true"]\n',
    'services:\n  a:\n    image: x:1\n    security_opt: [no-new-privileges]\n',
  ],
  invalid: [
    {
      name: 'a file indented by four spaces gets its new lines indented the same way',
      code: 'services:\n    api:\n        image: x:1\n        ports:\n            - "80:80"\n',
      errors: [{ range: [1, 4, 1, 7] }],
      output: 'services:\n    api:\n        image: x:1\n        ports:\n            - "80:80"\n        security_opt:\n            - no-new-privileges:true\n',
    },
    {
      code: 'services:\n  api:\n    image: x:1\n    ports:\n      - "80:80"\n',
      errors: [{ range: [1, 2, 1, 5], message: 'Service `api` does not set `no-new-privileges:true`: processes can gain privileges through setuid binaries.' }],
      output: 'services:\n  api:\n    image: x:1\n    ports:\n      - "80:80"\n    security_opt:\n      - no-new-privileges:true\n',
    },
    {
      name: 'block list without it',
      code: 'services:\n  api:\n    image: x:1\n    security_opt:\n      - label:type:svirt_t\n',
      errors: [{ range: [3, 4, 3, 16] }],
      output: 'services:\n  api:\n    image: x:1\n    security_opt:\n      - label:type:svirt_t\n      - no-new-privileges:true\n',
    },
    {
      name: 'flow list, set to false',
      code: 'services:\n  api:\n    image: x:1\n    security_opt: [no-new-privileges:false]\n',
      errors: [{ range: [3, 4, 3, 16] }],
      output: 'services:\n  api:\n    image: x:1\n    security_opt: [no-new-privileges:false, "no-new-privileges:true"]\n',
    },
  ],
});
