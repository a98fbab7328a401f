import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const body = 'services:\n  web:\n    image: nginx:1.27\n';

ruleTester('compose-file-name-legacy', {
  valid: [
    { code: body, fileName: '/p/compose.yaml' },
    { code: body, fileName: '/p/compose.override.yml' },
    { code: body, fileName: '/p/my-docker-compose.yml' },
    {
      name: 'a file named after a legacy base beside it: the base is renamed first',
      code: body,
      fileName: '/p/docker-compose.prod.yml',
      fs: memoryFileSystem({ '/p/docker-compose.yml': body }),
    },
  ],
  invalid: [
    { code: body, fileName: '/p/docker-compose.yml', errors: [{ range: [0, 0, 0, 0], message: '`docker-compose.yml` is the legacy file name: Compose prefers `compose.yaml`.' }] },
    {
      code: body,
      fileName: '/p/docker-compose.prod.yaml',
      errors: [{ range: [0, 0, 0, 0], message: "`docker-compose.prod.yaml` keeps the prefix of the legacy `docker-compose.yml` name: `compose.prod.yaml` matches today's `compose.yaml`." }],
    },
    { code: body, fileName: '/p/docker-compose.override.yml', errors: [{ range: [0, 0, 0, 0], message: '`docker-compose.override.yml` is the legacy file name: Compose prefers `compose.override.yaml`.' }] },
  ],
});
