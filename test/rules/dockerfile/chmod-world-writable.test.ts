import assert from 'node:assert/strict';
import { test } from 'node:test';
import { worldWritable } from '../../../server/src/rules/dockerfile/chmod-world-writable';
import { ruleTester } from '../../support/rule-tester';

const f = 'FROM node:22-slim\n';

test('worldWritable judges octal and symbolic modes', () => {
  for (const m of ['777', '0777', '666', '772', 'o+w', 'a+rwx', 'ugo+w', 'u+x,o+w', 'o=rw']) assert.equal(worldWritable(m), true, m);
  for (const m of ['755', '644', '1777', '0775', 'u+w', 'g+w', '+x', 'o-w', 'a+rwxt']) assert.equal(worldWritable(m), false, m);
});

ruleTester('chmod-world-writable', {
  valid: [
    `${f}RUN chmod 755 /app`,
    `${f}RUN chmod 1777 /tmp/private`,
    `${f}RUN chmod o+w /shared && chmod +t /shared`.replace(' && chmod +t /shared', ' +t'),
    `${f}RUN chmod $MODE /app`,
    `${f}COPY --chmod=755 run.sh /usr/local/bin/`,
  ],
  invalid: [
    {
      code: `${f}RUN mkdir /data && chmod -R 777 /data`,
      errors: [{ range: [1, 28, 1, 31], message: '`chmod 777` makes the files writable by every user in the container.' }],
    },
    { name: 'symbolic', code: `${f}RUN chmod a+rwx /srv`, errors: [{ range: [1, 10, 1, 15] }] },
    {
      name: 'COPY --chmod',
      code: `${f}COPY --chmod=0666 conf.ini /etc/`,
      errors: [{ range: [1, 13, 1, 17], message: '`--chmod=0666` makes the copied files writable by every user in the container.' }],
    },
  ],
});
