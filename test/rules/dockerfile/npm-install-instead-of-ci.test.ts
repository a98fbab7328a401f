import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const node = 'FROM node:22-slim\nWORKDIR /app\n';

ruleTester('npm-install-instead-of-ci', {
  valid: [
    `${node}COPY package.json package-lock.json ./\nRUN npm ci`,
    `${node}COPY package.json ./\nRUN npm install`,
    `${node}COPY package-lock.json ./\nRUN npm install express`,
    `${node}COPY package-lock.json ./\nRUN npm install -g npm@11`,
    `${node}COPY . .\nRUN npm install`,
    { code: `${node}COPY . .\nRUN npm install`, fileName: '/work/app/Dockerfile', fs: memoryFileSystem({ '/work/app/package.json': '{}' }) },
    `${node}RUN npm install\nCOPY package-lock.json ./`,
    `${node}COPY package-lock.json ./\nFROM node:22-slim\nRUN npm install`,
  ],
  invalid: [
    {
      name: 'only the installs after the lock is copied, in a stage and the stages built on it',
      code: `FROM node:22-slim AS base\nRUN npm install\nCOPY package-lock.json ./\nRUN npm install\nFROM base\nRUN npm install`,
      errors: [{ range: [3, 8, 3, 15] }, { range: [5, 8, 5, 15] }],
      output: `FROM node:22-slim AS base\nRUN npm install\nCOPY package-lock.json ./\nRUN npm ci\nFROM base\nRUN npm ci`,
    },
    {
      code: `${node}COPY package.json package-lock.json ./\nRUN npm install`,
      errors: [{ range: [3, 8, 3, 15], message: '`npm install` may resolve other versions than the copied lock file and rewrite it; use `npm ci` to install exactly the lock.' }],
      output: `${node}COPY package.json package-lock.json ./\nRUN npm ci`,
    },
    { name: 'a pattern, npm i with options', code: `${node}COPY package*.json ./\nRUN npm i --omit=dev`, errors: [{ range: [3, 8, 3, 9] }], output: `${node}COPY package*.json ./\nRUN npm ci --omit=dev` },
    {
      name: 'whole-context copy with a lock in the context',
      code: `${node}COPY . .\nRUN npm install`,
      fileName: '/work/app/Dockerfile',
      fs: memoryFileSystem({ '/work/app/package.json': '{}', '/work/app/package-lock.json': '{}' }),
      errors: [{ range: [3, 8, 3, 15] }],
      output: `${node}COPY . .\nRUN npm ci`,
    },
    {
      name: 'copied in a parent stage',
      code: 'FROM node:22-slim AS base\nCOPY npm-shrinkwrap.json package.json ./\nFROM base\nRUN npm install',
      errors: [{ range: [3, 8, 3, 15] }],
      output: 'FROM node:22-slim AS base\nCOPY npm-shrinkwrap.json package.json ./\nFROM base\nRUN npm ci',
    },
  ],
});
