import { ruleTester } from '../../support/rule-tester';

const f = 'FROM node:22-slim\n';

ruleTester('tls-verification-disabled-env', {
  valid: [
    `${f}ENV NODE_TLS_REJECT_UNAUTHORIZED=1`,
    `${f}ARG GIT_SSL_NO_VERIFY`,
    `${f}ENV CURL_CA_BUNDLE=/etc/ssl/certs/ca.pem`,
    `${f}ENV NODE_TLS_REJECT_UNAUTHORIZED=$X`,
    `${f}RUN echo NODE_TLS_REJECT_UNAUTHORIZED=0`,
  ],
  invalid: [
    {
      code: `${f}ENV NODE_TLS_REJECT_UNAUTHORIZED=0\nCMD ["node"]`,
      errors: [{ range: [1, 4, 1, 34], message: '`NODE_TLS_REJECT_UNAUTHORIZED=0` turns off TLS certificate verification.' }],
      output: `${f}CMD ["node"]`,
    },
    {
      name: 'one of several assignments',
      code: `${f}ENV A=1 PIP_TRUSTED_HOST=pypi.org B=2`,
      errors: [{ range: [1, 8, 1, 33] }],
      output: `${f}ENV A=1 B=2`,
    },
    {
      name: 'inline, env wrapper and export',
      code: `${f}RUN GIT_SSL_NO_VERIFY=1 git clone u && env PYTHONHTTPSVERIFY=0 python x.py && export NPM_CONFIG_STRICT_SSL=false`,
      errors: [{ range: [1, 4, 1, 23] }, { range: [1, 43, 1, 62] }, { range: [1, 85, 1, 112] }],
      output: `${f}RUN git clone u && env PYTHONHTTPSVERIFY=0 python x.py && export NPM_CONFIG_STRICT_SSL=false`,
    },
  ],
});
