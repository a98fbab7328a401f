import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

ruleTester('volume-undefined', {
  valid: [
    {
      name: 'a partial file whose base is nowhere to be found may use its volumes',
      code: 'services:\n  app:\n    volumes:\n      - app-assets:/assets\n',
      fileName: '/work/docker/docker-compose.extend.yml',
      fs: memoryFileSystem({}),
    },
    'services:\n  db:\n    image: postgres:17\n    volumes:\n      - ./data:/var/lib/postgresql/data\n      - /srv/x:/x\n      - ~/y:/y\n      - /anonymous\n',
    'services:\n  db:\n    image: postgres:17\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:\n',
    'services:\n  db:\n    image: postgres:17\n    volumes:\n      - type: bind\n        source: data\n        target: /x\n',
    'services:\n  db:\n    image: postgres:17\n    volumes:\n      - ${DATA_DIR}:/x\n',
  ],
  invalid: [
    {
      code: 'services:\n  db:\n    image: postgres:17\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n',
      errors: [{ range: [4, 8, 4, 14], message: 'Service `db` mounts volume `pgdata`, which is not declared under top-level `volumes`.' }],
      output: 'services:\n  db:\n    image: postgres:17\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata: {}\n',
      alternatives: ['services:\n  db:\n    image: postgres:17\n    volumes:\n      - ./pgdata:/var/lib/postgresql/data\n'],
    },
    {
      name: 'long syntax, quoted source',
      code: 'services:\n  db:\n    image: postgres:17\n    volumes:\n      - type: volume\n        source: "cache"\n        target: /cache\nvolumes:\n  other: {}\n',
      errors: [{ range: [5, 17, 5, 22] }],
      output: 'services:\n  db:\n    image: postgres:17\n    volumes:\n      - type: volume\n        source: "cache"\n        target: /cache\nvolumes:\n  other: {}\n  cache: {}\n',
    },
  ],
});
