import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const f = 'FROM node:22-slim\n';

ruleTester('copy-multiple-sources-dest-not-dir', {
  valid: [
    `${f}COPY package.json package-lock.json /app/`,
    `${f}COPY package.json /app`,
    `${f}COPY *.json /app`,
    `${f}ARG DEST\nCOPY a b $DEST`,
    `${f}ENV DEST=/app/\nCOPY a b $DEST`,
    `${f}COPY <<EOF <<EOT /app\nx\nEOF\ny\nEOT`,
    `${f}COPY ["a", "b", "/app/"]`,
    `${f}COPY a b C:/app/`,
    { code: `${f}COPY *.json /app`, fs: memoryFileSystem({ '/work/Dockerfile': '', '/work/package.json': '' }) },
  ],
  invalid: [
    {
      code: `${f}COPY package.json package-lock.json /app`,
      errors: [{ range: [1, 36, 1, 40], message: '`/app` must end with `/`: COPY with more than one source copies into a folder.' }],
      output: `${f}COPY package.json package-lock.json /app/`,
    },
    {
      name: 'exec form',
      code: `${f}ADD ["a.txt", "b.txt", "/data"]`,
      errors: [{ range: [1, 24, 1, 29], message: /^`\/data` must end with `\/`: ADD/ }],
      output: `${f}ADD ["a.txt", "b.txt", "/data/"]`,
    },
    {
      name: 'a single wildcard that matches several files in the context',
      code: `${f}COPY *.json /app`,
      fs: memoryFileSystem({ '/work/Dockerfile': '', '/work/package.json': '', '/work/tsconfig.json': '' }),
      errors: [{ range: [1, 12, 1, 16] }],
      output: `${f}COPY *.json /app/`,
    },
    {
      name: 'ONBUILD COPY',
      code: `${f}ONBUILD COPY a b app`,
      errors: [{ range: [1, 17, 1, 20] }],
      output: `${f}ONBUILD COPY a b app/`,
    },
  ],
});
