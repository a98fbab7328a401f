import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

ruleTester('service-reference-undefined', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    network_mode: "service:db"\n    links: ["db:database"]\n    volumes_from: [db, "container:legacy"]\n    ipc: service:db\n  db:\n    image: postgres:17\n',
    { name: 'defined in the override file', code: 'services:\n  web:\n    image: nginx:1.27\n    links: [cache]\n', fs: memoryFileSystem({ '/work/compose.override.yaml': 'services:\n  cache:\n    image: redis:7\n' }) },
    { name: 'depends_on is depends-on-undefined-service\'s', code: 'services:\n  web:\n    image: nginx:1.27\n    depends_on: [nope]\n' },
  ],
  invalid: [
    {
      code: 'services:\n  app:\n    image: app:1\n    network_mode: service:vpnn\n  vpn:\n    image: vpn:1\n',
      errors: [{ range: [3, 26, 3, 30], message: 'Service `app` shares the network of `vpnn`, which is not defined. Did you mean `vpn`?' }],
      output: 'services:\n  app:\n    image: app:1\n    network_mode: service:vpn\n  vpn:\n    image: vpn:1\n',
    },
    {
      name: 'links with an alias, volumes_from and extends',
      code: 'services:\n  web:\n    image: nginx:1.27\n    links: [db:database]\n    volumes_from: [data]\n    extends: base\n',
      errors: [
        { range: [3, 12, 3, 14], message: 'Service `web` links to `db`, which is not defined.' },
        { range: [4, 19, 4, 23], message: 'Service `web` takes volumes from `data`, which is not defined.' },
        { range: [5, 13, 5, 17], message: 'Service `web` extends `base`, which is not defined.' },
      ],
    },
  ],
});
