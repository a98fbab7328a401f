import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

ruleTester('depends-on-undefined-service', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n  db:\n    image: postgres:17\n',
    'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:17\n',
    'services:\n  web:\n    image: nginx:1.27\n    network_mode: "service:db"\n  db:\n    image: postgres:17\n',
    'services:\n  web:\n    image: nginx:1.27\n    links: ["db:database"]\n  db:\n    image: postgres:17\n',
    'services:\n  web:\n    image: nginx:1.27\n    volumes_from: ["container:abc"]\n',
    'services:\n  web:\n    image: nginx:1.27\n    depends_on: ["${DEP}"]\n',
    {
      name: 'a service defined in the base file',
      fileName: '/p/compose.override.yaml',
      code: 'services:\n  web:\n    depends_on: [db]\n',
      fs: memoryFileSystem({ '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n  db:\n    image: postgres:17\n' }),
    },
    {
      name: 'a service from an included file',
      fileName: '/p/compose.yaml',
      code: 'include:\n  - infra/db.yaml\nservices:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n',
      fs: memoryFileSystem({ '/p/infra/db.yaml': 'services:\n  db:\n    image: postgres:17\n' }),
    },
    // An include that cannot be read (missing, no file system, a variable in its path) may define the service.
    { name: 'an included file that is missing', fileName: '/p/compose.yaml', code: 'include:\n  - infra/db.yaml\nservices:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n', fs: memoryFileSystem({}) },
    { name: 'an include and no file system', code: 'include:\n  - path: [base.yaml, override.yaml]\nservices:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n' },
    { name: 'an include with a variable', fileName: '/p/compose.yaml', code: 'include:\n  - ${STACK}/db.yaml\nservices:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n', fs: memoryFileSystem({}) },
  ],
  invalid: [
    {
      name: 'every included file read, and none defines it',
      fileName: '/p/compose.yaml',
      code: 'include:\n  - infra/db.yaml\nservices:\n  web:\n    image: nginx:1.27\n    depends_on: [cache]\n',
      fs: memoryFileSystem({ '/p/infra/db.yaml': 'services:\n  db:\n    image: postgres:17\n' }),
      errors: [{ range: [5, 17, 5, 22] }],
    },
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      - dbb\n  db:\n    image: postgres:17\n',
      errors: [{ range: [4, 8, 4, 11], message: 'Service `web` depends on `dbb`, which is not defined. Did you mean `db`?' }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      - db\n  db:\n    image: postgres:17\n',
    },
    {
      name: 'long form key',
      code: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      cache:\n        condition: service_started\n',
      errors: [{ range: [4, 6, 4, 11], message: 'Service `web` depends on `cache`, which is not defined.' }],
    },
    {
      name: 'other references are service-reference-undefined\'s',
      code: 'services:\n  web:\n    image: nginx:1.27\n    network_mode: "service:vpn"\n    links: [db:database]\n    depends_on: [cache]\n',
      errors: [{ range: [5, 17, 5, 22] }],
    },
  ],
});
