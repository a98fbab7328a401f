import { ruleTester } from '../../support/rule-tester';

ruleTester('network-mode-with-networks', {
  valid: ['services:\n  web:\n    image: nginx:1.27\n    network_mode: host\n  api:\n    image: x:1\n    networks: [front]\nnetworks:\n  front: {}\n'],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    network_mode: host\n    networks:\n      - front\n    restart: always\nnetworks:\n  front: {}\n',
      errors: [{ range: [4, 4, 4, 12], message: 'Service `web` sets both `network_mode` and `networks`: Compose accepts only one.' }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    network_mode: host\n    restart: always\nnetworks:\n  front: {}\n',
    },
  ],
});
