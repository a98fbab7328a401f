import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

ruleTester('network-undefined', {
  valid: [
    {
      name: 'declared by the file this `x.override.yml` goes on top of',
      code: 'services:\n  nginx:\n    networks:\n      kobo-fe-network: {}\n',
      fileName: '/work/docker-compose.frontend.override.yml',
      fs: memoryFileSystem({ '/work/docker-compose.frontend.yml': 'services:\n  nginx:\n    image: nginx:1.27\nnetworks:\n  kobo-fe-network: {}\n' }),
    },
    { name: 'an include that cannot be read may declare it', code: 'include:\n  - base.yaml\nservices:\n  web:\n    image: nginx:1.27\n    networks: [frontend]\n' },
    'services:\n  web:\n    image: nginx:1.27\n    networks: [default]\n',
    'services:\n  web:\n    image: nginx:1.27\n    networks: [front]\nnetworks:\n  front: {}\n',
    'services:\n  web:\n    image: nginx:1.27\n    networks:\n      front:\n        aliases: [www]\nnetworks:\n  front:\n    external: true\n',
  ],
  invalid: [
    {
      name: 'a file written as JSON takes no block section after its root: no fix',
      code: '{"services": {"web": {"image": "nginx:1.27", "networks": ["front"]}}}\n',
      errors: [{ range: [0, 59, 0, 64] }],
    },
    {
      name: 'a new section in a file indented by four spaces',
      code: 'services:\n    web:\n        image: nginx:1.27\n        networks:\n            - frontend\n',
      errors: [{ range: [4, 14, 4, 22] }],
      output: 'services:\n    web:\n        image: nginx:1.27\n        networks:\n            - frontend\nnetworks:\n    frontend: {}\n',
    },
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    networks:\n      - front\n',
      errors: [{ range: [4, 8, 4, 13], message: 'Service `web` joins network `front`, which is not declared under top-level `networks`.' }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    networks:\n      - front\nnetworks:\n  front: {}\n',
    },
    {
      name: 'appended to an existing section',
      code: 'services:\n  web:\n    image: nginx:1.27\n    networks: [front, back]\nnetworks:\n    front:\n      driver: bridge\n',
      errors: [{ range: [3, 22, 3, 26] }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    networks: [front, back]\nnetworks:\n    front:\n      driver: bridge\n    back: {}\n',
    },
  ],
});
