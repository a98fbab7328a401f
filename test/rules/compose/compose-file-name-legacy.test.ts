import { ruleTester } from '../../support/rule-tester';

const body = 'services:\n  web:\n    image: nginx:1.27\n';

ruleTester('compose-file-name-legacy', {
  valid: [
    { code: body, fileName: '/p/compose.yaml' },
    { code: body, fileName: '/p/compose.override.yml' },
    { code: body, fileName: '/p/my-docker-compose.yml' },
  ],
  invalid: [
    { code: body, fileName: '/p/docker-compose.yml', errors: [{ range: [0, 0, 0, 0], message: '`docker-compose.yml` is the legacy file name: Compose prefers `compose.yaml`.' }] },
    { code: body, fileName: '/p/docker-compose.prod.yaml', errors: [{ range: [0, 0, 0, 0], message: '`docker-compose.prod.yaml` is the legacy file name: Compose prefers `compose.prod.yaml`.' }] },
  ],
});
