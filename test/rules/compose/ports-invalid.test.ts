import { ruleTester } from '../../support/rule-tester';

ruleTester('ports-invalid', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - 80\n      - "8080:80"\n      - "127.0.0.1:8443:443/tcp"\n      - "[::1]:53:53/udp"\n      - "8000-8001:8000-8001"\n      - "9000-9010:80"\n      - "127.0.0.1::80"\n      - target: 80\n        published: "8080"\n        mode: host\n        host_ip: 0.0.0.0\n',
    { name: 'interpolated parts are skipped', code: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "${PORT}:80"\n      - "${IP:-127.0.0.1}:${P}:80"\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:"\n      - "80:80/tcpp"\n      - "70000:80"\n      - "8000-8002:80-81"\n      - "1.2.3:80:80"\n      - http:80\n',
      errors: [
        { range: [4, 8, 4, 15], message: '`8080:` has no container port: write `HOST:CONTAINER`.' },
        { range: [5, 8, 5, 20], message: '`tcpp` is not a port protocol: use `tcp`, `udp` or `sctp`.' },
        { range: [6, 8, 6, 18], message: 'Port `70000` is out of range: ports go up to 65535.' },
        { range: [7, 8, 7, 25], message: 'Host range `8000-8002` and container range `80-81` have different lengths.' },
        { range: [8, 8, 8, 21], message: '`1.2.3` is not a valid host IP address.' },
        { range: [9, 8, 9, 15], message: '`http` is not a port number or range.' },
      ],
    },
    {
      name: 'long syntax',
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - target: 0\n        protocol: icmp\n        mode: global\n',
      errors: [
        { range: [4, 16, 4, 17], message: 'Container port `0` is out of range: 1 to 65535.' },
        { range: [5, 18, 5, 22], message: '`icmp` is not a port protocol: use `tcp`, `udp` or `sctp`.' },
        { range: [6, 14, 6, 20], message: '`global` is not a port mode: use `host` or `ingress`.' },
      ],
    },
  ],
});
