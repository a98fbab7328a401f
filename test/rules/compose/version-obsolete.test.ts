import { ruleTester } from '../../support/rule-tester';

ruleTester('version-obsolete', {
  valid: ['services:\n  web:\n    image: nginx:1.27\n', 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      version: "3"\n'],
  invalid: [
    {
      code: 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n',
      errors: [{ range: [0, 0, 0, 7], message: 'The top-level `version` key is obsolete: Compose ignores it and warns on every command.' }],
      output: 'services:\n  web:\n    image: nginx:1.27\n',
    },
    {
      name: 'after other keys, with a comment and CRLF',
      code: 'name: shop\r\nversion: \'3\' # old\r\nservices: {}\r\n',
      errors: [{ range: [1, 0, 1, 7] }],
      output: 'name: shop\r\nservices: {}\r\n',
    },
    { name: 'flow style: no fix', code: '{version: "3", services: {}}', errors: [{ range: [0, 1, 0, 8] }] },
    {
      name: 'no fix while the file has YAML errors: without the first key, the broken lines after it read otherwise',
      code: 'version: "3.8"\n\nname|\n: stack\n\nservices:\n  web:\n    image: nginx:1.27\n',
      errors: [{ range: [0, 0, 0, 7] }],
    },
    {
      name: 'every document of a multi-document file',
      code: 'version: "3"\nservices: {}\n---\nversion: "3"\n',
      errors: [{ range: [0, 0, 0, 7] }, { range: [3, 0, 3, 7] }],
      output: 'services: {}\n---\n',
    },
  ],
});
