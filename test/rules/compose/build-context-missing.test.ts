import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const fs = memoryFileSystem({ '/work/compose.yaml': '', '/work/api/Dockerfile': 'FROM node:22\n', '/work/README.md': '' });

ruleTester('build-context-missing', {
  valid: [
    { code: 'services:\n  api:\n    build: ./api\n', fs },
    { code: 'services:\n  api:\n    build:\n      context: api\n', fs },
    { code: 'services:\n  api:\n    build: .\n', fs },
    { name: 'remote and special contexts', code: 'services:\n  a:\n    build: https://github.com/acme/api.git#main\n  b:\n    build: git@github.com:acme/api.git\n  c:\n    build:\n      context: docker-image://alpine\n  d:\n    build: ${CTX}\n', fs },
    { name: 'untitled buffer', code: 'services:\n  api:\n    build: ./nope\n', fileName: '', fs },
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    build: ./apii\n',
      fs,
      errors: [{ range: [2, 11, 2, 17], message: 'Build context `./apii` of service `api` does not exist.' }],
    },
    {
      name: 'long form, quoted, a file instead of a folder',
      code: 'services:\n  api:\n    build:\n      context: "README.md"\n',
      fs,
      errors: [{ range: [3, 16, 3, 25], message: 'Build context `README.md` of service `api` is not a folder.' }],
    },
  ],
});
