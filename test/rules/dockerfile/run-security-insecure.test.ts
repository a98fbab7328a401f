import { ruleTester } from '../../support/rule-tester';

const f = 'FROM debian:bookworm-slim\n';

ruleTester('run-security-insecure', {
  valid: [`${f}RUN --security=sandbox true`, `${f}RUN --network=none true`, `${f}RUN echo --security=insecure`],
  invalid: [
    {
      code: `${f}RUN --security=insecure mount -t tmpfs none /mnt`,
      errors: [{ range: [1, 4, 1, 23], message: '`--security=insecure` runs this step with host privileges and needs the `security.insecure` entitlement.' }],
    },
    { name: 'ONBUILD', code: `${f}ONBUILD RUN --security=insecure true`, errors: [{ range: [1, 12, 1, 31] }] },
  ],
});
