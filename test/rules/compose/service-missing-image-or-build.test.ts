import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

ruleTester('service-missing-image-or-build', {
  valid: [
    'services:\n  a:\n    image: x:1\n  b:\n    build: .\n  c:\n    provider:\n      type: model\n  d:\n    extends: a\n',
    { name: 'image merged from an anchor', code: 'x-img: &img\n  image: x:1\nservices:\n  a:\n    <<: *img\n' },
    {
      name: 'image set in the base file',
      code: 'services:\n  web:\n    ports: ["80:80"]\n',
      fileName: '/work/compose.override.yaml',
      fs: memoryFileSystem({ '/work/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n' }),
    },
    {
      name: 'a partial file loaded with a base one folder up (`-f docker-compose.yml -f docker/docker-compose.extend.yml`)',
      code: 'services:\n  app:\n    ports: ["8000:8000"]\n',
      fileName: '/work/docker/docker-compose.extend.yml',
      fs: memoryFileSystem({ '/work/docker-compose.yml': 'services:\n  app:\n    build: .\n' }),
    },
    {
      name: 'a partial file whose base is nowhere to be found: its services may get their image there',
      code: 'services:\n  app:\n    ports: ["8000:8000"]\n',
      fileName: '/work/deploy/compose.dev.yaml',
      fs: memoryFileSystem({}),
    },
    {
      name: '`x.override.yml` goes on top of `x.yml`',
      code: 'services:\n  nginx:\n    ports: ["80:80"]\n',
      fileName: '/work/docker-compose.frontend.override.yml',
      fs: memoryFileSystem({ '/work/docker-compose.frontend.yml': 'services:\n  nginx:\n    image: nginx:1.27\n' }),
    },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    ports:\n      - "8080:80"\n  ok:\n    image: x:1\n',
      errors: [{ range: [1, 2, 1, 5], message: 'Service `web` has neither `image` nor `build` (nor `provider`): Compose cannot create its container.' }],
    },
    {
      name: 'an overlay file whose base is found but does not define the service',
      code: 'services:\n  worker:\n    command: work\n',
      fileName: '/work/compose.prod.yaml',
      fs: memoryFileSystem({ '/work/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n' }),
      errors: [{ range: [1, 2, 1, 8] }],
    },
  ],
});
