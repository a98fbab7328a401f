import { ruleTester } from '../../support/rule-tester';

const py = "FROM python:3.12-slim\n";

ruleTester('pip-no-cache-dir', {
  valid: [
    `${py}RUN pip install --no-cache-dir requests`,
    // pip reads an unambiguous prefix of a long option as the option.
    `${py}RUN pip3 install --no-cache -r requirements.txt`,
    `${py}RUN python -m pip install --no-cache-dir -r requirements.txt`,
    `${py}ENV PIP_NO_CACHE_DIR=1
RUN pip install requests`,
    `${py}ARG PIP_NO_CACHE_DIR=true
RUN pip install requests`,
    `${py}RUN PIP_NO_CACHE_DIR=1 pip install requests`,
    `${py}RUN export PIP_NO_CACHE_DIR=on && pip install requests`,
    `${py}RUN --mount=type=cache,target=/root/.cache/pip pip install requests`,
    `${py}ENV PIP_CACHE_DIR=/pip-cache
RUN --mount=type=cache,target=/pip-cache pip install requests`,
    `${py}RUN pipx install black && pipenv install && uv pip install requests`,
    `${py}RUN pip freeze`,
  ],
  invalid: [
    {
      code: `${py}RUN pip install requests`,
      errors: [
        { range: [1, 8, 1, 15], message: "`pip install` has no `--no-cache-dir`, so pip's download cache stays in the image." },
      ],
      output: `${py}RUN pip install --no-cache-dir requests`,
    },
    {
      name: "python -m pip and pip3.12",
      code: `${py}RUN python3 -m pip install -U pip && pip3.12 install flask`,
      errors: [
        { range: [1, 19, 1, 26], message: "`pip install` has no `--no-cache-dir`, so pip's download cache stays in the image." },
        { range: [1, 45, 1, 52], message: "`pip install` has no `--no-cache-dir`, so pip's download cache stays in the image." },
      ],
      output: `${py}RUN python3 -m pip install --no-cache-dir -U pip && pip3.12 install --no-cache-dir flask`,
    },
    {
      name: "falsy variable",
      code: `${py}ENV PIP_NO_CACHE_DIR=0
RUN pip install requests`,
      errors: [
        { range: [2, 8, 2, 15], message: "`pip install` has no `--no-cache-dir`, so pip's download cache stays in the image." },
      ],
      output: `${py}ENV PIP_NO_CACHE_DIR=0
RUN pip install --no-cache-dir requests`,
    },
  ],
});
