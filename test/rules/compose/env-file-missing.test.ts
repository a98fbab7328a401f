import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const fs = memoryFileSystem({ '/work/compose.yaml': '', '/work/.env': 'A=1\n', '/work/config/app.env': 'B=2\n' });

ruleTester('env-file-missing', {
  valid: [
    { code: 'services:\n  api:\n    image: node:22\n    env_file: .env\n', fs },
    { code: 'services:\n  api:\n    image: node:22\n    env_file:\n      - ./config/app.env\n      - path: .env.local\n        required: false\n', fs },
    { name: 'interpolated path', code: 'services:\n  api:\n    image: node:22\n    env_file: ${ENV_FILE}\n', fs },
    { name: 'untitled', code: 'services:\n  api:\n    image: node:22\n    env_file: nope.env\n', fs, fileName: '' },
  ],
  invalid: [
    {
      name: 'a committed template beside it (django-on-docker\'s .env.dev-sample)',
      code: 'services:\n  web:\n    build: ./app\n    env_file:\n      - ./.env.dev\n',
      fs: memoryFileSystem({ '/work/compose.yaml': '', '/work/.env.dev-sample': 'DEBUG=1\n' }),
      errors: [{ range: [4, 8, 4, 18], message: 'The env file `./.env.dev` of service `web` does not exist; copy `./.env.dev-sample`, committed beside it, to create it.' }],
      output: 'services:\n  web:\n    build: ./app\n    env_file:\n      - { path: ./.env.dev, required: false }\n',
    },
    {
      code: 'services:\n  api:\n    image: node:22\n    env_file: .env.local\n',
      fs,
      errors: [{ range: [3, 14, 3, 24], message: 'The env file `.env.local` of service `api` does not exist.' }],
      output: 'services:\n  api:\n    image: node:22\n    env_file: [{ path: .env.local, required: false }]\n',
    },
    {
      name: 'list entries: short, long, required: true',
      code: 'services:\n  api:\n    image: node:22\n    env_file:\n      - "prod.env"\n      - path: local.env\n      - path: ci.env\n        required: true\n',
      fs,
      errors: [{ range: [4, 9, 4, 17] }, { range: [5, 14, 5, 23] }, { range: [6, 14, 6, 20] }],
      output: 'services:\n  api:\n    image: node:22\n    env_file:\n      - { path: "prod.env", required: false }\n      - path: local.env\n        required: false\n      - path: ci.env\n        required: false\n',
    },
    {
      name: 'label_file has no fix',
      code: 'services:\n  api:\n    image: node:22\n    label_file: ./labels\n',
      fs,
      errors: [{ range: [3, 16, 3, 24], message: 'The label file `./labels` of service `api` does not exist.' }],
    },
  ],
});
