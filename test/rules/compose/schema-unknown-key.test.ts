import { ruleTester } from '../../support/rule-tester';

ruleTester('schema-unknown-key', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n    x-notes: anything\nx-common: {a: 1}\n',
    { name: '!reset and !override values', code: 'services:\n  web:\n    image: nginx:1.27\n    ports: !reset []\n    environment: !override\n      A: "1"\n' },
    { name: 'merged keys and aliases', code: 'x-base: &base\n  restart: always\n  init: true\nservices:\n  web:\n    <<: *base\n    image: nginx:1.27\n  api:\n    <<: *base\n    image: nginx:1.27\n' },
    { name: 'multi-document file', code: 'services:\n  a:\n    image: x:1\n---\nservices:\n  b:\n    image: y:1\n' },
  ],
  invalid: [
    {
      name: 'a service of the version 1 format, at the top level',
      code: 'web:\n  image: nginx:1.27\n  ports: ["80:80"]\n',
      errors: [{ range: [0, 0, 0, 3], message: 'Unknown key `web` at the top level: it looks like a service in the old version 1 format, which Compose no longer reads. Move it under `services:`.' }],      output: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n',
    },
    {
      name: 'version 1 services with comments, a blank line, a block scalar and four-space indentation: one fix moves them all',
      code: '# my app\nweb:\n    build: .\n    links:\n        - db\n\n# the database\ndb:\n    image: postgres:9.6\n    command: |\n        postgres\n\n        -c fsync=off\n',
      errors: [{ range: [1, 0, 1, 3] }, { range: [7, 0, 7, 2] }],
      output: '# my app\nservices:\n    web:\n        build: .\n        links:\n            - db\n\n    # the database\n    db:\n        image: postgres:9.6\n        command: |\n            postgres\n\n            -c fsync=off\n',
    },
    {
      name: 'CRLF line breaks are kept',
      code: 'web:\r\n  image: nginx:1.27\r\ndb:\r\n  image: postgres:17\r\n',
      errors: [{ range: [0, 0, 0, 3] }, { range: [2, 0, 2, 2] }],
      output: 'services:\r\n  web:\r\n    image: nginx:1.27\r\n  db:\r\n    image: postgres:17\r\n',
    },
    {
      name: 'no move when another top-level key sits between version 1 services',
      code: 'web:\n  image: nginx:1.27\nvolumes:\n  data: {}\ndb:\n  image: postgres:17\n',
      errors: [{ range: [0, 0, 0, 3] }, { range: [4, 0, 4, 2] }],
    },
    {
      name: 'no move when the file already has services',
      code: 'services:\n  api:\n    image: api:1\nweb:\n  image: nginx:1.27\n',
      errors: [{ range: [3, 0, 3, 3] }],
    },
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    port:\n      - "8080:80"\n',
      errors: [{ range: [3, 4, 3, 8], message: 'Unknown key `port` under service `web`. Did you mean `ports`?' }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n',
    },
    {
      name: 'all errors at once, a misplacement and a key with no suggestion',
      code: 'services:\n  web:\n    image: nginx:1.27\n    depends-on: [db]\n    restart_policy: {condition: any}\n    colour: blue\n  db:\n    image: postgres:17\n',
      errors: [
        { range: [3, 4, 3, 14], message: 'Unknown key `depends-on` under service `web`. Did you mean `depends_on`?' },
        { range: [4, 4, 4, 18], message: 'Unknown key `restart_policy` under service `web`. Did you mean `deploy.restart_policy`?' },
        { range: [5, 4, 5, 10], message: 'Unknown key `colour` under service `web`.' },
      ],
      output: 'services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n    restart_policy: {condition: any}\n    colour: blue\n  db:\n    image: postgres:17\n',
    },
    {
      name: 'a key merged from an anchor is reported once, at the anchor, without a fix',
      code: 'x-base: &base\n  restrat: always\nservices:\n  web:\n    <<: *base\n    image: nginx:1.27\n  api:\n    <<: *base\n    image: nginx:1.27\n',
      errors: [{ range: [1, 2, 1, 9], message: 'Unknown key `restrat` under service `web`. Did you mean `restart`?' }],
    },
    {
      name: 'top level and nested',
      code: 'service:\n  web: {}\nservices:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      tset: ["CMD", "true"]\n',
      errors: [{ range: [0, 0, 0, 7], message: /^Unknown key `service` at the top level\. Did you mean `services`\?$/ }, { range: [6, 6, 6, 10], message: /^Unknown key `tset` under `healthcheck` of service `web`\. Did you mean `test`\?$/ }],
      output: 'services:\n  web: {}\nservices:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "true"]\n',
    },
  ],
});
