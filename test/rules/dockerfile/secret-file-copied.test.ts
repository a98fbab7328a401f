import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const f = 'FROM node:22-slim\nWORKDIR /app\n';

ruleTester('secret-file-copied', {
  valid: [
    `${f}COPY package.json ./`,
    `${f}COPY .env.example ./`,
    `${f}COPY certs/server.crt id_rsa.pub ./`,
    `${f}COPY --from=build /root/.npmrc ./`,
    `${f}COPY . .`,
    { code: `${f}COPY . .`, fs: memoryFileSystem({ '/work/Dockerfile': '', '/work/.env': '', '/work/.dockerignore': '.env' }) },
    `${f}ENV GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp.json`,
  ],
  invalid: [
    {
      code: `${f}COPY .npmrc /root/`,
      errors: [{ range: [2, 5, 2, 11], message: '`.npmrc` holds registry or git credentials; copied files stay in the image even if deleted later.' }],
      output:
        `${f}# .npmrc holds credentials: pass it with \`docker build --secret id=npmrc,src=.npmrc\` and mount it where needed:\n` +
        '# RUN --mount=type=secret,id=npmrc,target=/root/.npmrc <command>',
    },
    {
      name: 'several sources: no fix',
      code: `${f}COPY id_ed25519 .env.production config/tls.key ./`,
      errors: [{ range: [2, 5, 2, 15], message: /a private key;/ }, { range: [2, 16, 2, 31], message: /environment secrets/ }, { range: [2, 32, 2, 46] }],
    },
    {
      name: 'ENV pointing at a copied key',
      code: `${f}COPY sa.json /secrets/sa.json\nENV GOOGLE_APPLICATION_CREDENTIALS=/secrets/sa.json`,
      errors: [{ range: [3, 35, 3, 51], message: '`GOOGLE_APPLICATION_CREDENTIALS` points at `/secrets/sa.json`, a credential file copied into the image.' }],
    },
    {
      name: 'whole context with credential files not ignored',
      code: `${f}COPY . .`,
      fs: memoryFileSystem({ '/work/Dockerfile': '', '/work/.env': '', '/work/deploy/id_rsa': '', '/work/node_modules/x/.npmrc': '', '/work/src/a.js': '' }),
      errors: [{ range: [2, 5, 2, 6], message: '`.` copies credential files that `.dockerignore` does not exclude: `.env`, `deploy/id_rsa`.' }],
    },
  ],
});
