import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../../server/src/engine/lint';
import { ruleTester } from '../../support/rule-tester';

test('inline comments after WORKDIR and VOLUME are warnings (they build), elsewhere errors', () => {
  const findings = lint('FROM alpine:3.20\nWORKDIR /app # code\nUSER app # runtime\n', { fileName: '/w/Dockerfile' }).findings.filter((f) => f.rule === 'inline-comment');
  assert.deepEqual(findings.map((f) => [f.range.start.line, f.severity]), [[1, 'warning'], [2, 'error']]);
});

const f = 'FROM node:22-slim\n';

ruleTester('inline-comment', {
  valid: [
    `${f}RUN npm ci # install deps`,
    `${f}CMD node app.js # start`,
    `${f}ENV COLOR=#fff`,
    `${f}ADD https://github.com/a/b.git#v1.0 /src`,
    `${f}LABEL description="a # b"`,
    `${f}# a comment\nEXPOSE 3000`,
    `${f}HEALTHCHECK CMD curl -f http://localhost/ # probe`,
    `${f}COPY <<EOF /x\nport 80 # http\nEOF`,
  ],
  invalid: [
    {
      code: `${f}EXPOSE 3000 # the API port`,
      errors: [{ range: [1, 12, 1, 26], message: '`# the API port` is not a comment here: after the arguments of `EXPOSE` it is read as more arguments.' }],
      output: `${f}# the API port\nEXPOSE 3000`,
    },
    {
      name: 'FROM and the ] of an exec form',
      code: `FROM eclipse-temurin:17-jdk  # too large\nCMD ["java", "-jar", "app.jar"] # start`,
      errors: [{ range: [0, 29, 0, 40] }, { range: [1, 32, 1, 39] }],
      output: `# too large\nFROM eclipse-temurin:17-jdk\n# start\nCMD ["java", "-jar", "app.jar"]`,
    },
    {
      name: 'HEALTHCHECK flags, ONBUILD, indentation kept',
      code: `${f}HEALTHCHECK --interval=5s # often CMD true\n  ONBUILD COPY . /app # all`,
      errors: [{ range: [1, 26, 1, 42] }, { range: [2, 22, 2, 27] }],
      output: `${f}# often CMD true\nHEALTHCHECK --interval=5s\n  # all\n  ONBUILD COPY . /app`,
    },
    {
      name: 'WORKDIR and VOLUME build with a wrong path: no fix',
      code: `${f}WORKDIR /app # code\nVOLUME /data # state`,
      errors: [{ range: [1, 13, 1, 19] }, { range: [2, 13, 2, 20] }],
    },
    {
      name: 'on a continued line: no fix',
      code: `${f}COPY a \\\n  b # both \\\n  /dst/`,
      errors: [{ range: [2, 4, 2, 10] }],
    },
  ],
});
