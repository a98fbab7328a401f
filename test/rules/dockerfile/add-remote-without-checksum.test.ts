import { ruleTester } from '../../support/rule-tester';

const f = 'FROM alpine:3.20\n';

ruleTester('add-remote-without-checksum', {
  valid: [
    `${f}ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/t.tgz /tmp/`,
    `${f}ADD app.tar.gz /opt/`,
    `${f}COPY https://example.com/t.tgz /tmp/`,
    `${f}ADD https://github.com/moby/buildkit.git#v0.16.0 /src`,
    `${f}ADD git@github.com:moby/buildkit.git#1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b /src`,
  ],
  invalid: [
    {
      code: `${f}ADD https://example.com/tool.tar.gz /tmp/`,
      errors: [{ range: [1, 4, 1, 35], message: '`https://example.com/tool.tar.gz` is downloaded without `--checksum`, so nothing verifies what arrives.' }],
    },
    {
      name: 'git without a ref',
      code: `${f}ADD https://github.com/moby/buildkit.git /src`,
      errors: [{ range: [1, 4, 1, 40], message: /has no `#<commit or tag>`/ }],
    },
    {
      name: 'git on a branch',
      code: `${f}ADD git@github.com:moby/buildkit.git#main /src`,
      errors: [{ range: [1, 4, 1, 41], message: /follows the branch `main`/ }],
    },
  ],
});
