import { ruleTester } from '../../support/rule-tester';

const py = "FROM python:3.12-slim\n";

ruleTester('pip-package-unpinned', {
  valid: [
    `${py}RUN pip install requests==2.32.3 "flask>=3,<4" django~=5.1 "uvicorn[standard]==0.32.0"`,
    `${py}RUN pip install -r requirements.txt`,
    `${py}RUN pip install -c constraints.txt requests`,
    `${py}RUN pip install . ./libs/core /tmp/app-1.0-py3-none-any.whl dist/app-1.0.tar.gz`,
    `${py}RUN pip install git+https://github.com/psf/requests.git@v2.32.3`,
    `${py}RUN pip install -e ./src --index-url https://pypi.example.com/simple`,
    `${py}ARG PKG
RUN pip install $PKG`,
  ],
  invalid: [
    {
      code: `${py}RUN pip install --no-cache-dir requests flask==3.0.3`,
      errors: [
        { range: [1, 31, 1, 39], message: "Package `requests` is installed without a version specifier (`requests==<version>`)." },
      ],
    },
    {
      name: "value-taking options skipped",
      code: `${py}RUN pip install -i https://pypi.example.com/simple --target /opt/lib rich`,
      errors: [
        { range: [1, 69, 1, 73], message: "Package `rich` is installed without a version specifier (`rich==<version>`)." },
      ],
    },
    {
      name: "VCS URL without a revision",
      code: `${py}RUN pip install git+https://github.com/psf/requests.git`,
      errors: [
        { range: [1, 16, 1, 55], message: "VCS URL `git+https://github.com/psf/requests.git` names no revision (`@<tag or commit>`)." },
      ],
    },
  ],
});
