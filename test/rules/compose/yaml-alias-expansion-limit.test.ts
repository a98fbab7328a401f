import { ruleTester } from '../../support/rule-tester';

const ten = (a: string) => `[${Array(10).fill('*' + a).join(', ')}]`;
const bomb =
  'x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n' +
  `x-b: &b ${ten('a')}\nx-c: &c ${ten('b')}\nx-d: &d ${ten('c')}\nx-e: &e ${ten('d')}\nx-f: &f ${ten('e')}\nx-g: &g ${ten('f')}\n` +
  'services:\n  web:\n    image: nginx:1.27\n';

// Several hundred aliases, as in large real projects, stay far below the limit.
const many =
  'x-common: &common\n  restart: unless-stopped\n  logging:\n    driver: json-file\nservices:\n' +
  Array.from({ length: 300 }, (_, i) => `  s${i}:\n    <<: *common\n    image: app:${i}\n`).join('');

ruleTester('yaml-alias-expansion-limit', {
  valid: [many, 'x-a: &a [x, x]\nx-b: [*a, *a]\nservices:\n  web:\n    image: nginx:1.27\n'],
  invalid: [
    {
      name: 'billion laughs',
      code: bomb,
      errors: [{ range: [4, 37, 4, 39], message: 'Expanding this alias takes the file past 100,000 nodes: Compose refuses it as an alias bomb.' }],
    },
  ],
});
