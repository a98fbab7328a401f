import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const fs = memoryFileSystem({ '/p/infra/db.yaml': 'services: {}\n', '/p/base.yaml': 'services:\n  base:\n    image: alpine:3.20\n' });
const at = (code: string) => ({ code, fileName: '/p/compose.yaml', fs });

ruleTester('compose-file-reference-missing', {
  valid: [
    at('include:\n  - infra/db.yaml\nservices: {}\n'),
    at('include:\n  - path: [./infra/db.yaml]\nservices: {}\n'),
    at('include:\n  - oci://registry.example.com/stack:1\n  - ${STACK_FILE}\nservices: {}\n'),
    at('services:\n  web:\n    extends:\n      file: base.yaml\n      service: base\n'),
    { name: 'untitled: nothing to check', code: 'include:\n  - nowhere.yaml\nservices: {}\n', fileName: '' },
    { name: 'the folder is not visible', code: 'include:\n  - nowhere.yaml\nservices: {}\n' },
  ],
  invalid: [
    { ...at('include:\n  - infra/cache.yaml\nservices: {}\n'), errors: [{ range: [1, 4, 1, 20], message: 'The included file `infra/cache.yaml` does not exist.' }] },
    { ...at('include:\n  - path: "./missing.yaml"\n    env_file: .env\nservices: {}\n'), errors: [{ range: [1, 10, 1, 26] }] },
    {
      ...at('services:\n  web:\n    extends:\n      file: common.yaml\n      service: base\n'),
      errors: [{ range: [3, 12, 3, 23], message: 'Service `web` extends a service from `common.yaml`, which does not exist.' }],
    },
  ],
});
