import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const f = 'FROM node:22-slim\nWORKDIR /app\n';
const ctx = (files: Record<string, string>) => memoryFileSystem({ '/work/Dockerfile': '', '/work/src/index.js': '', ...files });

ruleTester('copy-ignored-file', {
  valid: [
    { code: `${f}COPY dist/ ./dist/`, name: 'no file system (untitled or CLI without context)' },
    { code: `${f}COPY src/ ./src/`, fs: ctx({ '/work/.dockerignore': 'dist\nnode_modules' }) },
    { code: `${f}COPY dist/ ./dist/`, fs: ctx({ '/work/.dockerignore': 'dist\n!dist/keep' }), name: 'negations switch the rule off' },
    { code: `${f}COPY --from=build /app/dist ./dist`, fs: ctx({ '/work/.dockerignore': 'dist' }) },
    { code: `${f}COPY . .`, fs: ctx({ '/work/.dockerignore': 'node_modules' }) },
    { code: `${f}ADD https://example.com/dist /x`, fs: ctx({ '/work/.dockerignore': 'dist' }) },
    { code: `${f}COPY docs/README.md .`, fs: ctx({ '/work/.dockerignore': '*.md' }), name: '* does not cross folders' },
  ],
  invalid: [
    {
      code: `${f}COPY dist/ ./dist/`,
      fs: ctx({ '/work/.dockerignore': '# build output\ndist\n' }),
      errors: [{ range: [2, 5, 2, 10], message: '`dist/` is excluded by `dist` in `.dockerignore`, so the builder does not see it.' }],
    },
    {
      name: 'a file under an ignored folder, ignore file named after the Dockerfile',
      code: `${f}COPY ./secrets/app.key /app/`,
      fileName: '/work/app.Dockerfile',
      fs: memoryFileSystem({ '/work/app.Dockerfile': '', '/work/app.Dockerfile.dockerignore': 'secrets', '/work/.dockerignore': '' }),
      errors: [{ range: [2, 5, 2, 22], message: /excluded by `secrets` in `app\.Dockerfile\.dockerignore`/ }],
    },
    {
      name: 'a wildcard source judged as written, after variable expansion',
      code: `${f}ARG DOCS=docs\nCOPY $DOCS/*.md ./`,
      fs: ctx({ '/work/.dockerignore': '**/*.md' }),
      errors: [{ range: [3, 5, 3, 15] }],
    },
    {
      name: 'COPY . when every top-level entry is ignored',
      code: `${f}COPY . .`,
      fs: ctx({ '/work/.dockerignore': '*' }),
      errors: [{ range: [2, 5, 2, 6], message: 'Every entry of the build context is excluded by `.dockerignore`, so `.` copies nothing.' }],
    },
  ],
});
