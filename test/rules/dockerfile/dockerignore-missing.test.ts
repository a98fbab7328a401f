import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const file = 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci';
const project = { '/work/app/package.json': '{}' };

ruleTester('dockerignore-missing', {
  valid: [
    { name: 'unknown context', code: file },
    { name: 'untitled buffer', code: file, fileName: '' },
    { code: file, fileName: '/work/app/Dockerfile', fs: memoryFileSystem({ ...project, '/work/app/.dockerignore': '.git\n' }) },
    { code: file, fileName: '/work/app/Dockerfile', fs: memoryFileSystem({ ...project, '/work/app/.containerignore': '.git\n' }) },
    { code: file, fileName: '/work/app/prod.Dockerfile', fs: memoryFileSystem({ ...project, '/work/app/prod.Dockerfile.dockerignore': '.git\n' }) },
    { code: 'FROM node:22-slim\nCOPY package.json ./', fileName: '/work/app/Dockerfile', fs: memoryFileSystem(project) },
    {
      name: 'the compose build.context has one',
      code: file,
      fileName: '/work/app/docker/Dockerfile',
      fs: memoryFileSystem({ ...project, '/work/app/.dockerignore': '.git\n', '/work/app/compose.yaml': 'services:\n  web:\n    build:\n      context: .\n      dockerfile: docker/Dockerfile\n' }),
    },
  ],
  invalid: [
    {
      code: file,
      fileName: '/work/app/Dockerfile',
      fs: memoryFileSystem(project),
      errors: [{ range: [2, 5, 2, 6], message: '`.` copies the whole build context (the folder of this Dockerfile), which has no `.dockerignore`; `.git`, `.env` files and local build output end up in the image.' }],
      output: file,
      files: [{ path: '/work/app/.dockerignore', kind: 'create', text: '# Created by Stevedore: what the build does not need.\n.git\n.env*\n*.log\n' }],
    },
    {
      name: 'the starter file lists the dependency folders present, except those the Dockerfile copies',
      code: 'FROM python:3.13-slim\nCOPY venv/bin/tool /usr/local/bin/\nCOPY . /app',
      fileName: '/work/py/Dockerfile',
      fs: memoryFileSystem({ '/work/py/node_modules/x': '', '/work/py/venv/bin/tool': '', '/work/py/__pycache__/a.pyc': '', '/work/py/app.py': '' }),
      errors: [{ range: [2, 5, 2, 6] }],
      output: 'FROM python:3.13-slim\nCOPY venv/bin/tool /usr/local/bin/\nCOPY . /app',
      files: [{ path: '/work/py/.dockerignore', kind: 'create', text: '# Created by Stevedore: what the build does not need.\n.git\n.env*\n*.log\nnode_modules\n__pycache__\n' }],
    },
    {
      name: 'the compose build.context has none, the Dockerfile folder has one',
      code: 'FROM alpine:3.22\nADD * /srv/',
      fileName: '/work/app/docker/Dockerfile',
      fs: memoryFileSystem({ ...project, '/work/app/docker/.dockerignore': '*\n', '/work/app/compose.yaml': 'services:\n  web:\n    build:\n      context: .\n      dockerfile: docker/Dockerfile\n' }),
      errors: [{ range: [1, 4, 1, 5], message: /\(`\.\.`\)/ }],
      output: 'FROM alpine:3.22\nADD * /srv/',
      files: [{ path: '/work/app/.dockerignore', kind: 'create', text: '# Created by Stevedore: what the build does not need.\n.git\n.env*\n*.log\n' }],
    },
  ],
});
