import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const fs = memoryFileSystem({
  '/work/compose.yaml': '',
  '/work/Dockerfile':
    'ARG BASE=node:22\nFROM ${BASE} AS deps\nARG NPM_TOKEN\nFROM alpine AS assets\nARG ASSET_URL\nFROM deps AS app\nARG APP_ENV\nCOPY --from=assets /a /a\nFROM alpine AS tools\nARG TOOL_VERSION\n',
});

ruleTester('build-args-not-declared', {
  valid: [
    { name: 'chain, copied stage and global args', code: 'services:\n  api:\n    build:\n      target: app\n      args:\n        BASE: node:24\n        NPM_TOKEN: x\n        ASSET_URL: y\n        APP_ENV: prod\n', fs },
    { name: 'predefined args, list form', code: 'services:\n  api:\n    build:\n      target: app\n      args:\n        - HTTP_PROXY=http://proxy:3128\n        - no_proxy=localhost\n        - BUILDKIT_INLINE_CACHE=1\n        - SOURCE_DATE_EPOCH\n', fs },
    { name: 'no Dockerfile', code: 'services:\n  api:\n    build:\n      context: web\n      args:\n        X: 1\n', fs },
    { name: 'last stage is the default target', code: 'services:\n  api:\n    build:\n      args:\n        TOOL_VERSION: "1"\n', fs },
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    build:\n      target: app\n      args:\n        TOOL_VERSION: "1"\n        APP_ENV: prod\n',
      fs,
      errors: [{ range: [5, 8, 5, 20], message: 'Build argument `TOOL_VERSION` is declared by no `ARG` in the stages `Dockerfile` builds for target `app`, so it is not used.' }],
    },
    {
      name: 'list form',
      code: 'services:\n  api:\n    build:\n      args:\n        - "APP_ENV=prod"\n',
      fs,
      errors: [{ range: [4, 11, 4, 18] }],
    },
  ],
});
