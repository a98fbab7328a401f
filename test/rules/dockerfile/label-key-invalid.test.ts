import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyProblem } from '../../../server/src/rules/dockerfile/label-key-invalid';
import { ruleTester } from '../../support/rule-tester';

const f = 'FROM alpine:3.20\n';

test('keyProblem', () => {
  for (const k of ['org.opencontainers.image.source', 'maintainer', 'a', 'app/v2', 'x-y.z9']) assert.equal(keyProblem(k), undefined, k);
  for (const k of ['Maintainer', '1abc', 'abc.', 'a..b', 'a--b', 'a_b', 'com.docker.x', 'io.docker.y', 'org.dockerproject.z']) assert.ok(keyProblem(k), k);
});

ruleTester('label-key-invalid', {
  valid: [`${f}LABEL org.opencontainers.image.title="api" version=1.0`, `${f}LABEL $KEY=x`, `${f}LABEL "description"="a b"`],
  invalid: [
    {
      code: `${f}LABEL Maintainer="team@example.com"`,
      errors: [{ range: [1, 6, 1, 16], message: 'Label key `Maintainer` does not start with a lower-case letter.' }],
      output: `${f}LABEL maintainer="team@example.com"`,
    },
    {
      name: 'reserved namespace and underscore: no fix',
      code: `${f}LABEL com.docker.thing=1 my_key=2`,
      errors: [{ range: [1, 6, 1, 22], message: 'Label key `com.docker.thing` uses the reserved namespace `com.docker.`.' }, { range: [1, 25, 1, 31], message: /holds characters other than/ }],
    },
    {
      name: 'quoted key keeps its quotes',
      code: `${f}LABEL "Org.Example.Team"="payments"`,
      errors: [{ range: [1, 6, 1, 24] }],
      output: `${f}LABEL "org.example.team"="payments"`,
    },
  ],
});
