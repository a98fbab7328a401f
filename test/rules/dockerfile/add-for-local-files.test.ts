import { memoryFileSystem } from '../../../server/src/engine/fs';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintWithRule, ruleTester } from '../../support/rule-tester';

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
      name: 'extension-less file: unsafe fix (ADD sniffs its content)',
      code: `${f}ADD entrypoint /usr/local/bin/`,
      errors: [{ range: [1, 0, 1, 3], message: msg }],
      output: `${f}COPY entrypoint /usr/local/bin/`,
    },
    {
      name: 'wildcard: unsafe fix',
      code: `${f}ADD conf/*.d /etc/app/`,
      errors: [{ range: [1, 0, 1, 3], message: msg }],
      output: `${f}COPY conf/*.d /etc/app/`,
    },
    {
      name: 'one uncertain source makes the whole fix unsafe',
      code: `${f}add app.conf bin/server /opt/`,
      errors: [{ range: [1, 0, 1, 3], message: msg }],
      output: `${f}copy app.conf bin/server /opt/`,
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

test('add-for-local-files: fix safety follows what ADD might do with the sources', () => {
  const fixesOf = (code: string) =>
    lintWithRule('add-for-local-files', { code }).filter((x) => x.rule === 'add-for-local-files').flatMap((x) => x.fixes.map((fix) => [fix.title, fix.safety]));
  assert.deepEqual(fixesOf(`${f}ADD app.conf /etc/app/`), [['Replace ADD with COPY', 'safe']]);
  assert.deepEqual(fixesOf(`${f}ADD entrypoint /usr/local/bin/`), [['(unsafe) Replace ADD with COPY', 'unsafe']]);
  assert.deepEqual(fixesOf(`${f}ADD *.conf /etc/app/`), [['(unsafe) Replace ADD with COPY', 'unsafe']]);
});
