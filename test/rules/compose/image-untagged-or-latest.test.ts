import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

ruleTester('image-untagged-or-latest', {
  valid: [
    'services:\n  db:\n    image: postgres:17.5\n',
    { name: 'digest', code: 'services:\n  db:\n    image: postgres@sha256:' + 'a'.repeat(64) + '\n' },
    { name: 'with build', code: 'services:\n  api:\n    build: .\n    image: acme/api\n' },
    {
      name: 'built by the override file',
      fileName: '/p/compose.yaml',
      code: 'services:\n  php:\n    image: app-php\n',
      fs: memoryFileSystem({ '/p/compose.override.yaml': 'services:\n  php:\n    build:\n      context: .\n' }),
    },
    { name: 'default counts', code: 'services:\n  db:\n    image: postgres:${PG_VERSION:-16}\n' },
    { name: 'unresolved', code: 'services:\n  db:\n    image: ${DB_IMAGE}\n' },
  ],
  invalid: [
    {
      name: 'the override file only publishes a port',
      fileName: '/p/compose.yaml',
      code: 'services:\n  php:\n    image: app-php\n',
      fs: memoryFileSystem({ '/p/compose.override.yaml': 'services:\n  php:\n    ports: ["8080:80"]\n' }),
      errors: [{ range: [2, 11, 2, 18] }],
    },
    {
      code: 'services:\n  db:\n    image: postgres\n',
      errors: [{ range: [2, 11, 2, 19], message: 'Image `postgres` of service `db` has no tag, so it runs whatever `latest` is: pin a version.' }],
    },
    {
      code: 'services:\n  web:\n    image: "ghcr.io/acme/web:latest"\n',
      errors: [{ range: [2, 12, 2, 35], message: 'Image `ghcr.io/acme/web:latest` of service `web` uses the moving `latest` tag: pin a version.' }],
    },
    {
      name: 'a default that is latest',
      code: 'services:\n  web:\n    image: nginx:${TAG:-latest}\n',
      errors: [{ range: [2, 11, 2, 31], message: 'Image `nginx:latest` of service `web` uses the moving `latest` tag: pin a version.' }],
    },
  ],
});
