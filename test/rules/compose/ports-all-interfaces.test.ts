import { ruleTester } from '../../support/rule-tester';

ruleTester('ports-all-interfaces', {
  valid: [
    'services:\n  web:\n    image: x:1\n    ports:\n      - "127.0.0.1:8080:80"\n      - "0.0.0.0:8443:443"\n      - "[::]:9000:9000"\n      - "3000"\n      - "${BIND:-127.0.0.1}:81:81"\n    expose: ["9090"]\n',
    { name: 'databases are another rule\'s', code: 'services:\n  db:\n    image: postgres:17\n    ports: ["5432:5432"]\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: x:1\n    ports:\n      - "8080:80"\n      - 9000:9000/udp\n',
      errors: [
        { range: [4, 9, 4, 13], message: 'Port `8080` of service `web` is published on all host interfaces: bind it to `127.0.0.1` unless other machines need it.' },
        { range: [5, 8, 5, 12] },
      ],
      output: 'services:\n  web:\n    image: x:1\n    ports:\n      - "127.0.0.1:8080:80"\n      - 127.0.0.1:9000:9000/udp\n',
    },
    {
      name: 'long syntax',
      code: 'services:\n  web:\n    image: x:1\n    ports:\n      - target: 80\n        published: "8080"\n        protocol: tcp\n',
      errors: [{ range: [5, 20, 5, 24] }],
      output: 'services:\n  web:\n    image: x:1\n    ports:\n      - target: 80\n        published: "8080"\n        host_ip: 127.0.0.1\n        protocol: tcp\n',
    },
  ],
});
