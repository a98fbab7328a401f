import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

ruleTester('interpolation-variable-unset', {
  valid: [
    { code: 'services:\n  web:\n    image: nginx:${TAG}\n', fs: memoryFileSystem({ '/work/.env': 'export TAG="1.27"\n' }) },
    'services:\n  web:\n    image: nginx:${TAG:-1.27}\n    command: echo $$HOME ${A?x} ${B+y}\n',
    { name: 'variables every shell exports', code: 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ${PWD}/data:/data\n      - $HOME/.cache:/cache\n' },
    { name: 'untitled buffer', code: 'services:\n  web:\n    image: nginx:${TAG}\n', fileName: '' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:${TAG}\n    command: echo $NAME\n',
      errors: [
        { range: [2, 17, 2, 23], message: 'Variable `TAG` is not set in `.env` and has no default: Compose substitutes an empty string.' },
        { range: [3, 18, 3, 23], message: 'Variable `NAME` is not set in `.env` and has no default: Compose substitutes an empty string.' },
      ],
      output: 'services:\n  web:\n    image: nginx:${TAG:-}\n    command: echo ${NAME:-}\n',
    },
    {
      name: 'no .env yet, but the committed .env.example sets one of them',
      code: 'services:\n  web:\n    image: nginx:${TAG}\n    command: echo $NAME\n',
      fs: memoryFileSystem({ '/work/.env.example': '# copy to .env\nTAG=1.27\n' }),
      errors: [
        { range: [2, 17, 2, 23], message: 'Variable `TAG` is not set: there is no `.env`, and `.env.example` sets it. Copy `.env.example` to `.env`.' },
        { range: [3, 18, 3, 23], message: 'Variable `NAME` is not set in `.env` and has no default: Compose substitutes an empty string.' },
      ],
      output: 'services:\n  web:\n    image: nginx:${TAG:-}\n    command: echo ${NAME:-}\n',
    },
    {
      name: 'with a .env, the template is not read',
      code: 'services:\n  web:\n    image: nginx:${TAG}\n',
      fs: memoryFileSystem({ '/work/.env': 'OTHER=1\n', '/work/.env.example': 'TAG=1.27\n' }),
      errors: [{ range: [2, 17, 2, 23], message: 'Variable `TAG` is not set in `.env` and has no default: Compose substitutes an empty string.' }],
      output: 'services:\n  web:\n    image: nginx:${TAG:-}\n',
    },
    {
      name: 'in a block scalar: the range and the fix follow the indentation',
      code: 'services:\n  web:\n    build:\n      dockerfile_inline: |\n        FROM node:${V}\n    command: >\n      echo\n      $NAME\n',
      errors: [{ range: [4, 18, 4, 22] }, { range: [7, 6, 7, 11] }],
      output: 'services:\n  web:\n    build:\n      dockerfile_inline: |\n        FROM node:${V:-}\n    command: >\n      echo\n      ${NAME:-}\n',
    },
  ],
});
