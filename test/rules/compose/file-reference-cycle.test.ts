import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

ruleTester('file-reference-cycle', {
  valid: [
    'services:\n  web:\n    extends: base\n    image: nginx:1.27\n  base:\n    restart: always\n',
    {
      name: 'a chain of includes without a loop',
      code: 'include:\n  - ./db/compose.yaml\nservices:\n  web:\n    image: nginx:1.27\n',
      fs: memoryFileSystem({
        '/work/db/compose.yaml': 'include:\n  - ../common/compose.yaml\nservices:\n  db:\n    image: postgres:17\n',
        '/work/common/compose.yaml': 'services:\n  cache:\n    image: redis:7\n',
      }),
    },
    {
      name: 'extends into another file without a loop',
      code: 'services:\n  web:\n    extends:\n      file: common.yaml\n      service: web\n',
      fs: memoryFileSystem({ '/work/common.yaml': 'services:\n  web:\n    extends: base\n  base:\n    image: nginx:1.27\n' }),
    },
    // A missing file ends the chain (compose-file-reference-missing's).
    'include:\n  - missing.yaml\nservices:\n  web:\n    image: nginx:1.27\n',
    // The same service name in another file is another service.
    {
      name: 'same name, other file',
      code: 'services:\n  web:\n    extends: {file: base.yaml, service: web}\n',
      fs: memoryFileSystem({ '/work/base.yaml': 'services:\n  web:\n    image: nginx:1.27\n' }),
    },
  ],
  invalid: [
    {
      name: 'a file including itself',
      code: 'include:\n  - ./compose.yaml\nservices:\n  web:\n    image: nginx:1.27\n',
      errors: [{ range: [1, 4, 1, 18], message: 'This file includes itself: `compose.yaml`.' }],
    },
    {
      name: 'two files including each other (long form)',
      code: 'include:\n  - path: db/compose.yaml\nservices:\n  web:\n    image: nginx:1.27\n',
      fs: memoryFileSystem({ '/work/db/compose.yaml': 'include:\n  - ../compose.yaml\nservices:\n  db:\n    image: postgres:17\n' }),
      errors: [{ range: [1, 10, 1, 25], message: 'Include cycle: `compose.yaml` → `db/compose.yaml` → `compose.yaml`. Compose stops loading the project.' }],
    },
    {
      name: 'extends within the file',
      code: 'services:\n  web:\n    extends: base\n    image: nginx:1.27\n  base:\n    extends:\n      service: web\n',
      errors: [
        { range: [2, 13, 2, 17], message: 'Service `web` is on an `extends` chain that comes back to it: `web` → `base` → `web`.' },
        { range: [6, 15, 6, 18], message: 'Service `base` is on an `extends` chain that comes back to it: `base` → `web` → `base`.' },
      ],
    },
    {
      name: 'a service extending itself',
      code: 'services:\n  web:\n    image: nginx:1.27\n    extends: web\n',
      errors: [{ range: [3, 13, 3, 16], message: 'Service `web` extends itself.' }],
    },
    {
      name: 'extends through another file and back',
      code: 'services:\n  web:\n    extends:\n      file: common.yaml\n      service: base\n    image: nginx:1.27\n',
      fs: memoryFileSystem({ '/work/common.yaml': 'services:\n  base:\n    extends:\n      file: compose.yaml\n      service: web\n' }),
      errors: [{ range: [4, 15, 4, 19], message: 'Service `web` is on an `extends` chain that comes back to it: `web` → `base` (in `common.yaml`) → `web`.' }],
    },
    {
      name: 'extends into a loop elsewhere',
      code: 'services:\n  web:\n    extends: {file: lib.yaml, service: a}\n',
      fs: memoryFileSystem({ '/work/lib.yaml': 'services:\n  a:\n    extends: b\n  b:\n    extends: a\n' }),
      errors: [{ range: [2, 39, 2, 40], message: 'Service `web` extends a chain that loops: `web` → `a` (in `lib.yaml`) → `b` (in `lib.yaml`) → `a` (in `lib.yaml`).' }],
    },
  ],
});
