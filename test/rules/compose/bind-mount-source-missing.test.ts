import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const fs = memoryFileSystem({ '/work/compose.yaml': '', '/work/nginx.conf': '', '/work/data/.keep': '' });

ruleTester('bind-mount-source-missing', {
  valid: [
    { code: 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./nginx.conf:/etc/nginx/nginx.conf:ro\n      - ./data:/data\n      - /work/data:/d2\n      - .:/src\n', fs },
    { name: 'outside the project, named, interpolated', code: 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - /var/log:/logs\n      - ~/.ssh:/ssh:ro\n      - cache:/cache\n      - ${SRC}:/src\nvolumes:\n  cache: {}\n', fs },
    { name: 'create_host_path', code: 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - type: bind\n        source: ./cache\n        target: /cache\n        bind:\n          create_host_path: true\n', fs },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./nginx.cnf:/etc/nginx/nginx.conf:ro\n      - "/work/html:/usr/share/nginx/html"\n',
      fs,
      errors: [
        { range: [4, 8, 4, 19], message: 'Bind-mount source `./nginx.cnf` of service `web` does not exist: Docker will create it as an empty root-owned folder.' },
        { range: [5, 9, 5, 19] },
      ],
    },
    {
      name: 'long syntax',
      code: 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - type: bind\n        source: ./static\n        target: /static\n',
      fs,
      errors: [{ range: [5, 16, 5, 24], message: 'Bind-mount source `./static` of service `web` does not exist: the container will fail to start.' }],
    },
  ],
});
