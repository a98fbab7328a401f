import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const code = 'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD:?set it}\n';

ruleTester('interpolation-required-variable-unset', {
  valid: [
    { code, fs: memoryFileSystem({ '/work/.env': '# secrets\nDB_PASSWORD=s3cret\n' }) },
    { name: 'untitled buffer', code, fileName: '' },
    { name: 'set but empty is fine for ?', code: code.replace(':?', '?'), fs: memoryFileSystem({ '/work/.env': 'DB_PASSWORD=\n' }) },
  ],
  invalid: [
    {
      name: 'no .env yet, but the committed .env.example sets it',
      code,
      fs: memoryFileSystem({ '/work/.env.example': 'DB_PASSWORD=change-me\n' }),
      errors: [{ range: [4, 25, 4, 47], message: 'Required variable `DB_PASSWORD` is not set: there is no `.env`, and `.env.example` sets it. Copy `.env.example` to `.env`: Compose stops with "set it" until then.' }],
    },
    {
      code,
      errors: [{ range: [4, 25, 4, 47], message: 'Required variable `DB_PASSWORD` is not set in `.env`: Compose stops with "set it" unless the environment provides it.' }],
    },
    {
      name: 'empty value with :?',
      code,
      fs: memoryFileSystem({ '/work/.env': 'DB_PASSWORD=\n' }),
      errors: [{ range: [4, 25, 4, 47], message: /is empty in `.env`/ }],
    },
  ],
});
