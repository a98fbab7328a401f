import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const fs = memoryFileSystem({ '/work/compose.yaml': '', '/work/secrets/db.txt': 'pw\n' });

ruleTester('secret-config-file-missing', {
  valid: [
    { code: 'secrets:\n  db:\n    file: ./secrets/db.txt\n', fs },
    { code: 'secrets:\n  db:\n    environment: DB_PASSWORD\n  ext:\n    external: true\nconfigs:\n  c:\n    content: hello\n', fs },
    { code: 'secrets:\n  db:\n    file: ${SECRETS_DIR}/db.txt\n', fs },
    { code: 'secrets:\n  db:\n    file: ./missing.txt\n', fs, fileName: '' },
  ],
  invalid: [
    {
      code: 'secrets:\n  db:\n    file: ./secrets/db_password.txt\nconfigs:\n  nginx:\n    file: "nginx.conf"\n',
      fs,
      errors: [
        { range: [2, 10, 2, 35], message: 'The file `./secrets/db_password.txt` of secret `db` does not exist.' },
        { range: [5, 11, 5, 21], message: 'The file `nginx.conf` of config `nginx` does not exist.' },
      ],
    },
  ],
});
