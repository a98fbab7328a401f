import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

ruleTester('service-missing-image-or-build', {
  valid: [
    'services:\n  a:\n    image: x:1\n  b:\n    build: .\n  c:\n    provider:\n      type: model\n  d:\n    extends: a\n',
    { name: 'image merged from an anchor', code: 'x-img: &img\n  image: x:1\nservices:\n  a:\n    <<: *img\n' },
    {
      name: 'image set in the base file',
      code: 'services:\n  web:\n    ports: ["80:80"]\n',
      fileName: '/work/compose.override.yaml',
      fs: memoryFileSystem({ '/work/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n' }),
    },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    ports:\n      - "8080:80"\n  ok:\n    image: x:1\n',
      errors: [{ range: [1, 2, 1, 5], message: 'Service `web` has neither `image` nor `build` (nor `provider`): Compose cannot create its container.' }],
    },
  ],
});
