import { ruleTester } from '../../support/rule-tester';

const f = 'FROM node:22-slim\n';

ruleTester('secret-in-arg-or-env', {
  valid: [
    `${f}ARG NODE_VERSION=22`,
    // Public key fingerprints to verify a download, and apt-key's warning switch.
    `${f}ENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305`,
    `${f}ARG STACK_RELEASE_KEY='C5705533DA4F78D8664B5DC0575159689BEFB442'`,
    `${f}ENV NODE_PGP_KEY="0x4ED778F539E3634C 5BE8A3F6C8A5C01D106C0AD820B1A1A5BB6E2D6B"`,
    `${f}ARG APT_KEY_DONT_WARN_ON_DANGEROUS_USAGE=DontWarn`,
    // Settings about a secret, and an ENV that only names the variable its container gets at run time.
    `${f}ENV AUTH_ENABLED=true API_KEY_SELECT_MODE=random TOKEN_TTL=3600`,
    `${f}ENV OPENAI_API_KEY="" \\\n    WEBUI_SECRET_KEY=`,
    `${f}ENV PASSWORD_FILE=/run/secrets/db`,
    `${f}ARG TOKEN_URL=https://auth.example.com`,
    `${f}ENV PUBLIC_KEY_PATH=/keys/pub.pem`,
    `${f}ARG USERNAME=app`,
    `${f}ENV PASSWORDS_ALLOWED=1`,
    `${f}ENV DB_PASSWORD=supersecret`,
    `${f}ARG KEYBOARD=us`,
  ],
  invalid: [
    {
      code: `${f}ARG NPM_TOKEN\nRUN npm ci`,
      errors: [{ range: [1, 4, 1, 13], message: '`ARG NPM_TOKEN` looks like a secret (a well-known credential name); ARG values are stored in the image.' }],
      output:
        `${f}# NPM_TOKEN is a secret: pass it with \`docker build --secret id=npm-token,env=NPM_TOKEN\` and read it only where needed:\n` +
        '# RUN --mount=type=secret,id=npm-token,env=NPM_TOKEN <command>\nRUN npm ci',
    },
    {
      name: 'deny word in any case, several keys: no fix',
      code: `${f}ENV app_api_key=$API_KEY MODE=prod`,
      errors: [{ range: [1, 4, 1, 15], message: '`ENV app_api_key` looks like a secret (the word `key`); ENV values are stored in the image.' }],
    },
    {
      name: 'flag value and variable are not literal secrets',
      code: `${f}ARG GITHUB_TOKEN=\${GH}\nENV SESSION_SECRET=false`,
      errors: [{ range: [1, 4, 1, 16] }, { range: [2, 4, 2, 18], message: /the word `secret`/ }],
      output: `${f}# GITHUB_TOKEN is a secret: pass it with \`docker build --secret id=github-token,env=GITHUB_TOKEN\` and read it only where needed:\n# RUN --mount=type=secret,id=github-token,env=GITHUB_TOKEN <command>\n# SESSION_SECRET is a secret: pass it with \`docker build --secret id=session-secret,env=SESSION_SECRET\` and read it only where needed:\n# RUN --mount=type=secret,id=session-secret,env=SESSION_SECRET <command>`,
    },
  ],
});
