import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const f = 'FROM alpine:3.20\n';
const msg = '`ADD` copies only local files here; use `COPY`, which cannot download or unpack.';

ruleTester('add-for-local-files', {
  valid: [
    `${f}COPY app.conf /etc/app/`,
    `${f}ADD https://example.com/app.conf /etc/app/`,
    `${f}ADD git@github.com:moby/buildkit.git /src`,
    `${f}ADD rootfs.tar.gz /`,
    `${f}ADD vendor.tgz app.tar.xz /opt/`,
    `${f}ADD data.tar.zst /data/`,
    `${f}ARG SRC\nADD $SRC /app/`,
    `${f}ADD --checksum=sha256:abc app.bin /app/`,
    `${f}ADD --from=build /out/app /app`,
    `${f}ADD <<EOF /etc/motd\nhello\nEOF`,
    `${f}ADD conf.txt rootfs.tar /`,
  ],
  invalid: [
    {
      code: `${f}ADD app.conf /etc/app/`,
      errors: [{ range: [1, 0, 1, 3], message: msg }],
      output: `${f}COPY app.conf /etc/app/`,
    },
    {
      name: 'zip files are not unpacked',
      code: `${f}ADD app.zip /opt/`,
      errors: [{ range: [1, 0, 1, 3] }],
      output: `${f}COPY app.zip /opt/`,
    },
    {
      name: 'folders and dotfiles with an extension',
      code: `${f}ADD src/ .eslintrc.json /app/`,
      errors: [{ range: [1, 0, 1, 3] }],
      output: `${f}COPY src/ .eslintrc.json /app/`,
    },
    {
      name: 'lower-case keyword, exec form, resolved variable',
      code: `${f}ARG CONF=app.yaml\nadd ["$CONF", "/etc/"]`,
      errors: [{ range: [2, 0, 2, 3] }],
      output: `${f}ARG CONF=app.yaml\ncopy ["$CONF", "/etc/"]`,
    },
    {
      name: 'extension-less file: reported without a fix (ADD sniffs its content)',
      code: `${f}ADD entrypoint /usr/local/bin/`,
      errors: [{ range: [1, 0, 1, 3] }],
    },
    {
      name: 'a folder seen in the build context is safe',
      code: `${f}ADD config /etc/config`,
      fs: memoryFileSystem({ '/work/Dockerfile': '', '/work/config/a.yaml': '' }),
      errors: [{ range: [1, 0, 1, 3] }],
      output: `${f}COPY config /etc/config`,
    },
    {
      name: 'ONBUILD ADD',
      code: `${f}ONBUILD ADD app.py /app/`,
      errors: [{ range: [1, 8, 1, 11] }],
      output: `${f}ONBUILD COPY app.py /app/`,
    },
  ],
});
