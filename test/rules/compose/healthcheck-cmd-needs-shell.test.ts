import { ruleTester } from '../../support/rule-tester';

const svc = 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n';

ruleTester('healthcheck-cmd-needs-shell', {
  valid: [
    svc + '      test: ["CMD", "curl", "-f", "http://localhost"]\n',
    svc + '      test: ["CMD-SHELL", "curl -f http://localhost || exit 1"]\n',
    svc + '      test: curl -f http://localhost || exit 1\n',
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
      name: 'block list',
      code: svc + '      test:\n        - CMD\n        - pg_isready\n        - "&&"\n        - echo ok\n      interval: 5s\n',
      errors: [{ range: [5, 10, 5, 13] }],
      output: svc + '      test:\n        - CMD-SHELL\n        - "pg_isready && \'echo ok\'"\n      interval: 5s\n',
    },
  ],
});
