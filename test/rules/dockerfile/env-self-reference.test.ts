import { ruleTester } from '../../support/rule-tester';

const deb = 'FROM debian:trixie-slim\n';

ruleTester('env-self-reference', {
  valid: [
    `${deb}ENV APP_HOME=/opt/app\nENV APP_BIN=$APP_HOME/bin`,
    `${deb}ENV A=1 B=2`,
    `${deb}ENV PATH=/a:$PATH`,
    `${deb}ENV A=1 B=\\$A`,
    `${deb}ENV A=1 B='$A'`,
    `${deb}ENV A 1`,
  ],
  invalid: [
    {
      code: `${deb}ENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin`,
      errors: [{ range: [1, 30, 1, 39], message: '`$APP_HOME` is set earlier in this ENV instruction, but here it still has its value from before the instruction.' }],
      output: `${deb}ENV APP_HOME=/opt/app\nENV APP_BIN=$APP_HOME/bin`,
    },
    {
      name: 'PATH twice',
      code: `${deb}ENV PATH=/a:$PATH PATH=/b:$PATH`,
      errors: [{ range: [1, 26, 1, 31] }],
      output: `${deb}ENV PATH=/a:$PATH\nENV PATH=/b:$PATH`,
    },
    {
      name: 'a chain over continuation lines',
      code: `${deb}ENV A=1 \\\n    B=\${A}/x \\\n    C=$B`,
      errors: [{ range: [2, 6, 2, 10] }, { range: [3, 6, 3, 8] }],
      output: `${deb}ENV A=1\nENV B=\${A}/x\nENV C=$B`,
    },
  ],
});
