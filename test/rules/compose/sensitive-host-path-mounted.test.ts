import { ruleTester } from '../../support/rule-tester';

ruleTester('sensitive-host-path-mounted', {
  valid: [
    'services:\n  a:\n    image: x:1\n    volumes:\n      - /etc/localtime:/etc/localtime:ro\n      - /usr/share/zoneinfo:/usr/share/zoneinfo:ro\n      - /srv/app:/app\n      - /var/run/docker.sock:/var/run/docker.sock\n      - data:/etc\nvolumes:\n  data: {}\n',
  ],
  invalid: [
    {
      code: 'services:\n  agent:\n    image: x:1\n    volumes:\n      - /:/host:ro\n      - /etc:/host/etc\n      - /etc/localtime:/etc/localtime\n      - /proc/:/host/proc:ro\n',
      errors: [
        { range: [4, 8, 4, 9], message: 'Service `agent` mounts the sensitive host path `/`.' },
        { range: [5, 8, 5, 12], message: 'Service `agent` mounts the sensitive host path `/etc` read-write.' },
        { range: [6, 8, 6, 22], message: 'Service `agent` mounts the sensitive host path `/etc/localtime` (under `/etc`) read-write.' },
        { range: [7, 8, 7, 14] },
      ],
    },
  ],
});
