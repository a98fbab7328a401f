import { ruleTester } from '../../support/rule-tester';

ruleTester('mount-target-duplicate', {
  valid: [
    'services:\n  app:\n    image: x:1\n    tmpfs: /tmp\n    volumes:\n      - data:/data\n      - ./conf:/etc/app:ro\n      - /cache\n      - type: bind\n        source: ./logs\n        target: /var/log/app\nvolumes:\n  data: {}\n',
    // Different services may mount the same path.
    'services:\n  a:\n    image: x:1\n    volumes: [data:/data]\n  b:\n    image: x:1\n    volumes: [data:/data]\nvolumes:\n  data: {}\n',
    'services:\n  app:\n    image: x:1\n    volumes:\n      - ${SRC}:${TARGET}\n      - ./src:${TARGET}\n',
  ],
  invalid: [
    {
      code: 'services:\n  db:\n    image: postgres:17\n    volumes:\n      - data:/var/lib/postgresql/data\n      - ./pgdata:/var/lib/postgresql/data/\nvolumes:\n  data: {}\n',
      errors: [{ range: [5, 8, 5, 42], message: 'Service `db` mounts `/var/lib/postgresql/data` twice: volume `data:/var/lib/postgresql/data` already mounts there.' }],
    },
    {
      name: 'tmpfs and a long-syntax volume',
      code: 'services:\n  app:\n    image: x:1\n    tmpfs:\n      - /run:size=64m\n    volumes:\n      - type: volume\n        source: run\n        target: /run\nvolumes:\n  run: {}\n',
      errors: [{ range: [8, 16, 8, 20], message: 'Service `app` mounts `/run` twice: `tmpfs` already mounts there.' }],
    },
  ],
});
