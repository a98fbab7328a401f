import { ruleTester } from '../../support/rule-tester';

const f = 'FROM postgres:17\n';
const skeleton = (name: string, id: string) =>
  `# ${name} is a secret: pass it with \`docker build --secret id=${id},env=${name}\` and read it only where needed:\n` +
  `# RUN --mount=type=secret,id=${id},env=${name} <command>`;

ruleTester('secret-literal-value', {
  valid: [
    `${f}ENV POSTGRES_PASSWORD_FILE=/run/secrets/pg`,
    `${f}ARG DB_PASSWORD`,
    `${f}ENV GPG_KEY 7169605F62C751356D054A26A821E680E5FA6305`,
    `${f}ARG GHC_RELEASE_KEY='88B57FCF7DB53B4DB3BFA4B1588764FBE22D19C4'`,
    `${f}ARG APT_KEY_DONT_WARN_ON_DANGEROUS_USAGE=DontWarn`,
    `${f}ENV DB_PASSWORD=$DB_PASSWORD`,
    `${f}ENV DB_PASSWORD=""`,
    `${f}ENV REQUIRE_AUTH=true`,
    `${f}ENV SECRET_KEY_PATH=/etc/key`,
    `${f}ENV GREETING=hello`,
  ],
  invalid: [
    {
      code: `${f}ENV POSTGRES_PASSWORD=supersecret`,
      errors: [{ range: [1, 22, 1, 33], message: '`ENV POSTGRES_PASSWORD` is set to a literal secret, visible in the Dockerfile and the image.' }],
      output: `${f}${skeleton('POSTGRES_PASSWORD', 'postgres-password')}`,
    },
    {
      name: 'a GPG key name holding something other than key IDs',
      code: `${f}ENV GPG_KEY=s3cr3t-passphrase`,
      errors: [{ range: [1, 12, 1, 29], message: '`ENV GPG_KEY` is set to a literal secret, visible in the Dockerfile and the image.' }],
      output: `${f}${skeleton('GPG_KEY', 'gpg-key')}`,
    },
    {
      name: 'a known token format under any key',
      code: `${f}ARG BOOTSTRAP="ghp_abcdefghijklmnopqrstuvwxyz0123456789"\nRUN true`,
      errors: [{ range: [1, 15, 1, 55], message: '`ARG BOOTSTRAP` holds what looks like a GitHub token; it is stored in the image.' }],
      output: `${f}${skeleton('BOOTSTRAP', 'bootstrap')}\nRUN true`,
    },
    {
      name: 'legacy ENV form with several keys: no fix',
      code: `${f}ENV API_TOKEN=abc123 MODE=prod`,
      errors: [{ range: [1, 14, 1, 20] }],
    },
  ],
});
