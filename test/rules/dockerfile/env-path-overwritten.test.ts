import { ruleTester } from '../../support/rule-tester';

const py = 'FROM python:3.13-slim\n';

ruleTester('env-path-overwritten', {
  valid: [
    `${py}ENV PATH=/opt/venv/bin:$PATH`,
    `${py}ENV PATH="/opt/venv/bin:\${PATH}"`,
    `${py}ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
    `${py}ENV PYTHONPATH=/app`,
  ],
  invalid: [
    {
      code: `${py}ENV PATH=/opt/venv/bin`,
      errors: [{ range: [1, 9, 1, 22], message: '`PATH=/opt/venv/bin` drops the system folders, so later commands cannot find `sh` or other tools; append `:$PATH`.' }],
      output: `${py}ENV PATH=/opt/venv/bin:$PATH`,
    },
    { name: 'quoted', code: `${py}ENV PATH="/opt/venv/bin"`, errors: [{ range: [1, 9, 1, 24] }], output: `${py}ENV PATH="/opt/venv/bin:$PATH"` },
    { name: 'legacy form', code: `${py}ENV PATH /usr/local/bin`, errors: [{ range: [1, 9, 1, 23] }], output: `${py}ENV PATH /usr/local/bin:$PATH` },
  ],
});
