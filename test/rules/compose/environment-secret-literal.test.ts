import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

ruleTester('environment-secret-literal', {
  valid: [
    {
      name: 'settings of real stacks: a key converter class, an auth method, a role, a realm, a path, an off switch',
      code: 'services:\n  connect:\n    image: x:1\n    environment:\n      CONNECT_KEY_CONVERTER: org.apache.kafka.connect.storage.StringConverter\n      REGISTRY_AUTH: htpasswd\n      REGISTRY_AUTH_HTPASSWD_REALM: Registry Realm\n      GF_AUTH_ANONYMOUS_ORG_ROLE: Admin\n      AUTH_TOKEN: off\n    build:\n      context: .\n      args:\n        - GCP_CREDENTIALS=/run/secrets/gcp_credentials\n',
    },
    { name: 'no name before the =, and a block scalar', code: 'services:\n  app:\n    image: x:1\n    environment:\n      - =hunter2\n      - |\n        PASSWORD=hunter2\n' },
    'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n      POSTGRES_PASSWORD_FILE: /run/secrets/db\n      POSTGRES_HOST_AUTH_METHOD: scram-sha-256\n      AUTH_ENABLED: "true"\n      API_KEY: ""\n      TOKEN_URL: https://auth.example.com/token\n',
    'services:\n  app:\n    image: x:1\n    environment:\n      - SECRET_KEY=prefix-${SUFFIX}\n      - REDIS_PASSWORD\n      - KEYCLOAK_VERSION=26\n',
    // Settings about a secret: which backends authenticate, how long a token lives.
    'services:\n  app:\n    image: x:1\n    environment:\n      AIRFLOW__API__AUTH_BACKENDS: airflow.api.auth.backend.basic_auth\n      JWT_TOKEN_TTL: "3600"\n      AUTH_COOKIE_DOMAIN: localhost\n      AUTH_COOKIE_INSECURE: "t"\n      SECRET_NAME: db-credentials\n',
  ],
  invalid: [
    {
      name: 'in a project folder: the variable is listed in .env.example, without its value',
      code: 'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: hunter2\n      API_TOKEN: abc\n',
      fileName: '/p/compose.yaml',
      fs: memoryFileSystem({ '/p/.env.example': 'API_TOKEN=\n' }),
      errors: [{ range: [4, 25, 4, 32] }, { range: [5, 17, 5, 20] }],
      output: 'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n      API_TOKEN: ${API_TOKEN}\n',
      files: [{ path: '/p/.env.example', kind: 'append', text: 'POSTGRES_PASSWORD=\n' }],
    },
    {
      code: 'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: hunter2\n',
      errors: [{ range: [4, 25, 4, 32], message: '`POSTGRES_PASSWORD` in the `environment` of service `db` holds a literal secret: reference a variable (`${POSTGRES_PASSWORD}`) instead.' }],
      output: 'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n',
    },
    {
      name: 'list form, quoted, build args',
      code: 'services:\n  app:\n    build:\n      context: .\n      args:\n        - NPM_TOKEN=abc123\n    environment:\n      - "JWT_SECRET=changeme"\n',
      errors: [{ range: [5, 20, 5, 26], message: /`NPM_TOKEN` in the `build.args`/ }, { range: [7, 20, 7, 28], message: /`JWT_SECRET` in the `environment`/ }],
      output: 'services:\n  app:\n    build:\n      context: .\n      args:\n        - NPM_TOKEN=${NPM_TOKEN}\n    environment:\n      - "JWT_SECRET=${JWT_SECRET}"\n',
    },
    {
      name: 'anchored environment reported once',
      code: 'x-env: &env\n  DB_PASSWORD: s3cret\nservices:\n  a:\n    image: x:1\n    environment: *env\n  b:\n    image: x:1\n    environment: *env\n',
      errors: [{ range: [1, 15, 1, 21] }],
      output: 'x-env: &env\n  DB_PASSWORD: ${DB_PASSWORD}\nservices:\n  a:\n    image: x:1\n    environment: *env\n  b:\n    image: x:1\n    environment: *env\n',
    },
  ],
});
