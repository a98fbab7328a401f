import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

ruleTester('command-variable-expanded-on-host', {
  valid: [
    'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_USER: app\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U $$POSTGRES_USER"]\n',
    { name: 'defined in .env too', code: 'services:\n  web:\n    image: nginx:1.27\n    environment: [PORT=80]\n    command: serve --port $PORT\n', fs: memoryFileSystem({ '/work/.env': 'PORT=80\n' }) },
    { name: 'not a container variable', code: 'services:\n  web:\n    image: nginx:1.27\n    command: serve --port ${PORT:-80}\n' },
    { name: 'outside commands', code: 'services:\n  web:\n    image: nginx:${TAG}\n    environment:\n      TAG: x\n' },
    {
      name: 'the same expression in environment and in the command',
      code: 'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_USER: ${POSTGRES_USER:-app} # the user\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U ${POSTGRES_USER:-app}"]\n',
    },
    {
      name: 'passed through from the host: Compose and the container see one value',
      code: 'services:\n  db:\n    image: postgres:17\n    environment:\n      - POSTGRES_USER\n      - POSTGRES_DB=${POSTGRES_DB:?not set}\n' +
        '    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U ${POSTGRES_USER} -d $POSTGRES_DB"]\n' +
        '  web:\n    image: nginx:1.27\n    environment:\n      PORT:\n      HOST: $HOST\n    command: serve --port $PORT --host ${HOST}\n',
    },
  ],
  invalid: [
    {
      name: 'a default makes the container\'s value differ from the host\'s',
      code: 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      PORT: ${PORT:-80}\n    command: serve --port $PORT\n',
      errors: [{ range: [5, 26, 5, 31] }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      PORT: ${PORT:-80}\n    command: serve --port $$PORT\n',
    },
    {
      code: 'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_USER: app\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U $POSTGRES_USER"]\n',
      errors: [{ range: [6, 41, 6, 55], message: '`$POSTGRES_USER` is replaced by Compose on the host, but `POSTGRES_USER` is a variable of the container: write `$$` to let the container expand it.' }],
      output: 'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_USER: app\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U $$POSTGRES_USER"]\n',
    },
    {
      name: 'env_file variable in command and a lifecycle hook',
      code: 'services:\n  web:\n    image: nginx:1.27\n    env_file: app.env\n    command: serve ${APP_PORT}\n    post_start:\n      - command: echo $APP_PORT\n',
      fs: memoryFileSystem({ '/work/app.env': 'APP_PORT=8080\n' }),
      errors: [{ range: [4, 19, 4, 30] }, { range: [6, 22, 6, 31] }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    env_file: app.env\n    command: serve $${APP_PORT}\n    post_start:\n      - command: echo $$APP_PORT\n',
    },
  ],
});
