import { ruleTester } from '../../support/rule-tester';

const svc = 'services:\n  web:\n    image: acme/web:1\n    healthcheck:\n';

ruleTester('service-healthcheck-curl-without-fail', {
  valid: [
    svc + '      test: ["CMD", "curl", "-f", "http://localhost"]\n',
    svc + '      test: ["CMD-SHELL", "curl -fsS http://localhost || exit 1"]\n',
    svc + '      test: curl --fail-with-body http://localhost\n',
    { name: 'response inspected', code: svc + '      test: curl -s http://localhost/health | grep -q ok\n' },
    { name: 'write-out', code: svc + '      test: ["CMD", "curl", "-so", "/dev/null", "-w", "%{http_code}", "http://x"]\n' },
    svc + '      test: wget -q --spider http://localhost\n',
  ],
  invalid: [
    {
      code: svc + '      test: ["CMD-SHELL", "curl http://localhost:8080/health || exit 1"]\n',
      errors: [{ range: [4, 27, 4, 31], message: 'The healthcheck of service `web` calls `curl` without `-f`: HTTP errors would still count as healthy.' }],
      output: svc + '      test: ["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"]\n',
    },
    {
      name: 'exec form, flow',
      code: svc + '      test: ["CMD", "curl", "-s", "http://localhost"]\n',
      errors: [{ range: [4, 21, 4, 25] }],
      output: svc + '      test: ["CMD", "curl", "-f", "-s", "http://localhost"]\n',
    },
    {
      name: 'exec form, block',
      code: svc + '      test:\n        - CMD\n        - curl\n        - http://localhost\n',
      errors: [{ range: [6, 10, 6, 14] }],
      output: svc + '      test:\n        - CMD\n        - curl\n        - -f\n        - http://localhost\n',
    },
    {
      name: 'string form after another command',
      code: svc + '      test: test -f /ready && curl -s http://localhost\n',
      errors: [{ range: [4, 30, 4, 34] }],
      output: svc + '      test: test -f /ready && curl -f -s http://localhost\n',
    },
  ],
});
