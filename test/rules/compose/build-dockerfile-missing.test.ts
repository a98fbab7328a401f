import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const fs = memoryFileSystem({ '/work/compose.yaml': '', '/work/api/Dockerfile': 'FROM node:22\n', '/work/api/docker/prod.Dockerfile': 'FROM node:22\n' });

ruleTester('build-dockerfile-missing', {
  valid: [
    { code: 'services:\n  api:\n    build:\n      context: api\n      dockerfile: Dockerfile\n', fs },
    { code: 'services:\n  api:\n    build:\n      context: ./api\n      dockerfile: docker/prod.Dockerfile\n', fs },
    { name: 'absolute path', code: 'services:\n  api:\n    build:\n      context: .\n      dockerfile: /work/api/Dockerfile\n', fs },
    { name: 'missing context is another rule\'s', code: 'services:\n  api:\n    build:\n      context: ./web\n      dockerfile: Dockerfile\n', fs },
    { name: 'interpolated', code: 'services:\n  api:\n    build:\n      context: api\n      dockerfile: ${DOCKERFILE}\n', fs },
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    build:\n      context: api\n      dockerfile: Dockerfile.prod\n',
      fs,
      errors: [{ range: [4, 18, 4, 33], message: 'Dockerfile `Dockerfile.prod` of service `api` does not exist in build context `api`.' }],
    },
    {
      name: 'relative to the context, not the compose file',
      code: 'services:\n  api:\n    build:\n      context: .\n      dockerfile: "api/docker/prod.Dockerfile"\n  web:\n    build:\n      context: api\n      dockerfile: api/Dockerfile\n',
      fs,
      errors: [{ range: [8, 18, 8, 32] }],
    },
  ],
});
