import { ruleTester } from '../../support/rule-tester';

const svc = 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n';

ruleTester('healthcheck-cmd-needs-shell', {
  valid: [
    svc + '      test: ["CMD", "curl", "-f", "http://localhost"]\n',
    svc + '      test: ["CMD-SHELL", "curl -f http://localhost || exit 1"]\n',
    svc + '      test: curl -f http://localhost || exit 1\n',
    // The code a shell or an interpreter runs is its own.
    svc + `      test: ["CMD", "/bin/bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/80 && echo ok >&3"]\n`,
    svc + `      test: ["CMD", "sh", "-ec", "wget -qO- localhost | grep ok", "probe"]\n`,
    svc + `      test: ["CMD", "node", "-e", "fetch('http://localhost').then((r) => process.exit(r.ok ? 0 : 1))"]\n`,
    svc + `      test: ["CMD", "python3", "-c", "import sys; sys.exit(0)"]\n`,
    // Operator characters inside an argument are text the program receives.
    svc + '      test: ["CMD", "psql", "-U", "app", "-c", "SELECT 1;"]\n',
    svc + '      test: ["CMD", "curl", "-f", "http://localhost/health?a=1;b=2"]\n',
    svc + '      test: ["CMD", "grep", "-qE", "ready|started", "/tmp/state"]\n',
  ],
  invalid: [
    {
      code: svc + '      test: ["CMD", "curl -f http://localhost || exit 1"]\n',
      errors: [{ range: [4, 14, 4, 17], message: 'The healthcheck of service `web` runs without a shell but uses shell syntax (`curl -f http://localhost || exit 1`): use `CMD-SHELL`.' }],
      output: svc + '      test: ["CMD-SHELL", "curl -f http://localhost || exit 1"]\n',
    },
    {
      name: 'several elements, flow',
      code: svc + "      test: [CMD, wget, -qO-, 'http://localhost/a b', '||', exit, '1']\n",
      errors: [{ range: [4, 13, 4, 16] }],
      output: svc + "      test: [CMD-SHELL, \"wget -qO- 'http://localhost/a b' || exit 1\"]\n",
    },
    {
      name: 'a shell given a command line as a file name (no `-c`)',
      code: svc + '      test: ["CMD", "sh", "curl -f http://localhost || exit 1"]\n',
      errors: [{ range: [4, 14, 4, 17] }],
      output: svc + `      test: ["CMD-SHELL", "sh 'curl -f http://localhost || exit 1'"]\n`,
    },
    {
      name: 'a redirect as an element',
      code: svc + '      test: ["CMD", "curl", "-f", "http://localhost", ">/dev/null"]\n',
      errors: [{ range: [4, 14, 4, 17] }],
      output: svc + '      test: ["CMD-SHELL", "curl -f http://localhost >/dev/null"]\n',
    },
    {
      name: 'block list',
      code: svc + '      test:\n        - CMD\n        - pg_isready\n        - "&&"\n        - echo ok\n      interval: 5s\n',
      errors: [{ range: [5, 10, 5, 13] }],
      output: svc + '      test:\n        - CMD-SHELL\n        - "pg_isready && \'echo ok\'"\n      interval: 5s\n',
    },
  ],
});
