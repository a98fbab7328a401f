import { ruleTester } from '../../support/rule-tester';

ruleTester('value-format-invalid', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    mem_limit: 512m\n    stop_signal: SIGINT\n    stop_grace_period: 1m30s\n    extra_hosts: ["host.docker.internal:host-gateway", "db=10.0.0.2", "v6:::1"]\n    ulimits:\n      nofile: {soft: 1024, hard: 4096}\n',
    { name: 'interpolated values', code: 'services:\n  web:\n    image: nginx:1.27\n    mem_limit: ${MEM}\n    stop_signal: ${SIG}\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "true"]\n      interval: 30 seconds\n    mem_limit: lots\n',
      errors: [
        { range: [5, 16, 5, 26], message: '`healthcheck.interval` must be a duration such as `30s` or `1m30s`, not `30 seconds`.' },
        { range: [6, 15, 6, 19], message: '`mem_limit` must be a byte size such as `512m` or `1g`, not `lots`.' },
      ],
    },
    {
      name: 'extra_hosts, ulimits and stop_signal',
      code: 'services:\n  web:\n    image: nginx:1.27\n    extra_hosts:\n      - somehost\n    ulimits:\n      nofile:\n        soft: 9000\n        hard: 1024\n    stop_signal: SIGFOO\n',
      errors: [
        { range: [4, 8, 4, 16], message: '`somehost` is not an `extra_hosts` entry: write `host:ip` or `host=ip`.' },
        { range: [7, 14, 7, 18], message: 'The soft limit of ulimit `nofile` (9000) is above its hard limit (1024).' },
        { range: [9, 17, 9, 23], message: '`SIGFOO` is not a signal: use a name such as `SIGTERM` or `SIGINT`.' },
      ],
    },
  ],
});
