import { ruleTester } from '../../support/rule-tester';

ruleTester('ports-with-host-network', {
  valid: ['services:\n  a:\n    image: x:1\n    network_mode: host\n', 'services:\n  a:\n    image: x:1\n    network_mode: bridge\n    ports: ["80:80"]\n'],
  invalid: [
    {
      code: 'services:\n  proxy:\n    image: traefik:v3.4\n    network_mode: host\n    ports:\n      - "8080:80"   # web\n      - 443:443\n    restart: always\n',
      errors: [{ range: [4, 4, 4, 9], message: 'Service `proxy` uses the host network, so its `ports` mappings are ignored.' }],
      output: 'services:\n  proxy:\n    image: traefik:v3.4\n    network_mode: host\n    restart: always\n',
    },
    {
      name: 'flow mapping: no fix',
      code: 'services:\n  a: {image: x, network_mode: host, ports: ["80:80"]}\n',
      errors: [{ range: [1, 36, 1, 41] }],
    },
  ],
});
