import { ruleTester } from '../../support/rule-tester';

const f = 'FROM node:22-slim\n';

ruleTester('healthcheck-curl-without-fail', {
  valid: [
    `${f}HEALTHCHECK CMD curl -f http://localhost:3000/ || exit 1`,
    `${f}HEALTHCHECK CMD curl -fsS http://localhost:3000/`,
    `${f}HEALTHCHECK CMD curl --fail-with-body http://localhost:3000/`,
    `${f}HEALTHCHECK CMD curl -s http://localhost:3000/health | grep ok`,
    `${f}HEALTHCHECK CMD curl -s -o /dev/null -w '%{http_code}' http://localhost/ | grep 200`,
    `${f}HEALTHCHECK CMD ["curl", "--fail", "http://localhost/"]`,
    `${f}HEALTHCHECK CMD wget -q --spider http://localhost/`,
    `${f}RUN curl http://example.com/`,
  ],
  invalid: [
    {
      code: `${f}HEALTHCHECK CMD curl http://localhost:3000/health || exit 1`,
      errors: [{ range: [1, 16, 1, 20], message: '`curl` without `-f` exits 0 on HTTP errors, so this health check never fails on a broken response.' }],
      output: `${f}HEALTHCHECK CMD curl -f http://localhost:3000/health || exit 1`,
    },
    {
      name: 'exec form',
      code: `${f}HEALTHCHECK --interval=10s CMD ["curl", "-s", "http://localhost/"]`,
      errors: [{ range: [1, 33, 1, 37] }],
      output: `${f}HEALTHCHECK --interval=10s CMD ["curl", "-f", "-s", "http://localhost/"]`,
    },
    {
      name: 'inside sh -c',
      code: `${f}HEALTHCHECK CMD ["sh", "-c", "curl -s http://localhost/ || exit 1"]`,
      errors: [{ range: [1, 30, 1, 34] }],
      output: `${f}HEALTHCHECK CMD ["sh", "-c", "curl -f -s http://localhost/ || exit 1"]`,
    },
  ],
});
