import { ruleTester } from '../../support/rule-tester';

ruleTester('copy-missing-destination', {
  valid: [
    'FROM python:3.13-slim\nCOPY app.py /app/\nADD a b c /d/',
    'FROM python:3.13-slim\nCOPY ["app.py", "/app/"]',
    'FROM python:3.13-slim\nCOPY <<EOF /etc/app.conf\nkey=value\nEOF',
    { name: 'a bare keyword is another rule\'s', code: 'FROM python:3.13-slim\nCOPY' },
  ],
  invalid: [
    { code: 'FROM python:3.13-slim\nCOPY app.py', errors: [{ range: [1, 5, 1, 11], message: '`COPY` needs a destination after `app.py`.' }] },
    { code: 'FROM python:3.13-slim\nADD ["app.py"]', errors: [{ range: [1, 5, 1, 13] }] },
    { code: 'FROM python:3.13-slim\nCOPY --from=build', errors: [{ range: [1, 0, 1, 4], message: '`COPY` needs a source and a destination.' }] },
  ],
});
