import { ruleTester } from '../../support/rule-tester';

ruleTester('docker-socket-mounted', {
  valid: ['services:\n  a:\n    image: x:1\n    volumes:\n      - ./docker.sock:/var/run/docker.sock\n      - /var/run/app:/run/app\n'],
  invalid: [
    {
      code: 'services:\n  traefik:\n    image: traefik:v3.4\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n      - "//var/run/docker.sock:/x"\n',
      errors: [
        { range: [4, 8, 4, 28], message: 'Service `traefik` mounts the container runtime socket `/var/run/docker.sock`: that is root access to the host, even read-only.' },
        { range: [5, 9, 5, 30] },
      ],
    },
    {
      name: 'long syntax, rootless, podman',
      code: 'services:\n  a:\n    image: x:1\n    volumes:\n      - type: bind\n        source: /run/user/1000/docker.sock\n        target: /var/run/docker.sock\n      - /run/podman/podman.sock:/p.sock\n',
      errors: [{ range: [5, 16, 5, 42] }, { range: [7, 8, 7, 31] }],
    },
  ],
});
