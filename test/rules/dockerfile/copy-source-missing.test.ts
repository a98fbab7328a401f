import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const f = 'FROM python:3.12-slim\nWORKDIR /app\n';
const ctx = (files: Record<string, string> = {}) =>
  memoryFileSystem({ '/work/Dockerfile': '', '/work/requirements.txt': '', '/work/src/app.py': '', ...files });

const composeBuilt = memoryFileSystem({
  '/proj/compose.yaml': 'services:\n  api:\n    build:\n      context: .\n      dockerfile: docker/api.Dockerfile\n',
  '/proj/docker/api.Dockerfile': '',
  '/proj/requirements.txt': '',
});

ruleTester('copy-source-missing', {
  valid: [
    { name: 'the compose build.context is the context, not the Dockerfile folder', code: `${f}COPY requirements.txt ./`, fileName: '/proj/docker/api.Dockerfile', fs: composeBuilt },
    { code: `${f}COPY nothing.txt .`, name: 'no file system' },
    { code: `${f}COPY requirements.txt src/ ./`, fs: ctx() },
    { code: `${f}COPY ./src/app.py /app/`, fs: ctx() },
    { code: `${f}COPY requirements.tx[t] constraints.tx[t] ./`, fs: ctx(), name: 'one wildcard matches: the optional-file trick' },
    { code: `${f}COPY requirements.txt optional*.txt ./`, fs: ctx(), name: 'a wildcard that matches nothing beside a real file' },
    { code: `${f}COPY target/app.jar dist/ build/libs/x.jar ./`, fs: ctx(), name: 'generated output folders' },
    { code: `${f}COPY generated.py ./`, fs: ctx({ '/work/.gitignore': '*.py[cod]\ngenerated.py\n' }), name: 'git-ignored' },
    { code: `${f}COPY --from=build /out/app /app`, fs: ctx() },
    { code: `${f}ARG FILE\nCOPY $FILE ./`, fs: ctx() },
    { code: `${f}COPY . .`, fs: ctx() },
    { code: `${f}ADD https://example.com/x.tgz /tmp/`, fs: ctx() },
  ],
  invalid: [
    {
      name: 'missing from the compose build.context',
      code: `${f}COPY api.Dockerfile ./`,
      fileName: '/proj/docker/api.Dockerfile',
      fs: composeBuilt,
      errors: [{ range: [2, 5, 2, 19] }],
    },
    {
      code: `${f}COPY requirement.txt .`,
      fs: ctx(),
      errors: [{ range: [2, 5, 2, 20], message: '`requirement.txt` does not exist in the build context, so the build fails with "not found".' }],
    },
    {
      name: 'every wildcard source matches nothing',
      code: `${f}COPY *.toml ./`,
      fs: ctx(),
      errors: [{ range: [2, 5, 2, 11], message: '`*.toml` matches nothing in the build context.' }],
    },
    {
      name: 'present but removed by .dockerignore',
      code: `${f}COPY src/app.py ./`,
      fs: ctx({ '/work/.dockerignore': 'src' }),
      errors: [{ range: [2, 5, 2, 15] }],
    },
    {
      name: 'variable resolved from ARG',
      code: `${f}ARG REQS=reqs.txt\nCOPY $REQS ./`,
      fs: ctx(),
      errors: [{ range: [3, 5, 3, 10] }],
    },
  ],
});
