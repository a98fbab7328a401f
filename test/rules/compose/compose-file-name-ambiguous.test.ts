import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const body = 'services:\n  web:\n    image: nginx:1.27\n';

ruleTester('compose-file-name-ambiguous', {
  valid: [
    { code: body, fileName: '/p/compose.yaml', fs: memoryFileSystem({ '/p/compose.yaml': body, '/p/compose.override.yaml': body }) },
    { code: body, fileName: '/p/compose.prod.yaml', fs: memoryFileSystem({ '/p/compose.yaml': body, '/p/docker-compose.yml': body }) },
    { name: 'untitled buffer', code: body, fileName: '' },
  ],
  invalid: [
    {
      name: 'the file Compose uses',
      code: body,
      fileName: '/p/compose.yaml',
      fs: memoryFileSystem({ '/p/compose.yaml': body, '/p/docker-compose.yml': body }),
      errors: [{ range: [0, 0, 0, 0], message: 'Compose uses this file and ignores `docker-compose.yml` in the same folder: keep one of them.' }],
    },
    {
      name: 'the file Compose ignores',
      code: body,
      fileName: '/p/compose.yml',
      fs: memoryFileSystem({ '/p/compose.yaml': body, '/p/compose.yml': body }),
      errors: [{ range: [0, 0, 0, 0], message: 'Compose uses `compose.yaml` from the same folder and ignores this file: keep one of them.' }],
    },
    {
      name: 'override files',
      code: body,
      fileName: '/p/docker-compose.override.yml',
      fs: memoryFileSystem({ '/p/compose.override.yaml': body, '/p/docker-compose.override.yml': body }),
      errors: [{ range: [0, 0, 0, 0], message: /^Compose uses `compose.override.yaml`/ }],
    },
  ],
});
