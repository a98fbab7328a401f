import { ruleTester } from '../../support/rule-tester';

ruleTester('project-name-invalid', {
  valid: ['name: my_app-2\nservices: {}\n', 'name: ${PROJECT}\nservices: {}\n'],
  invalid: [
    {
      code: 'name: My.App\nservices:\n  web:\n    image: nginx:1.27\n',
      errors: [{ range: [0, 6, 0, 12], message: '`My.App` is not a valid project name: Compose uses `myapp` instead.' }],
      output: 'name: myapp\nservices:\n  web:\n    image: nginx:1.27\n',
    },
    {
      name: 'quoted, leading dash',
      code: 'name: "-Shop Front"\nservices: {}\n',
      errors: [{ range: [0, 6, 0, 19], message: '`-Shop Front` is not a valid project name: Compose uses `shopfront` instead.' }],
      output: 'name: shopfront\nservices: {}\n',
    },
    {
      name: 'a lone carriage return after the colon, which yaml reads into the value: the fix keeps a blank after `:`',
      code: 'name:\r stack9\nservices: {}\n',
      errors: [{ range: [0, 5, 1, 7] }],
      output: 'name: stack9\nservices: {}\n',
    },
  ],
});
