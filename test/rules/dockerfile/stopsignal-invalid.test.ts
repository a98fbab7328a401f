import { ruleTester } from '../../support/rule-tester';

ruleTester('stopsignal-invalid', {
  valid: ['FROM nginx:1.27\nSTOPSIGNAL SIGQUIT', 'FROM nginx:1.27\nSTOPSIGNAL term', 'FROM nginx:1.27\nSTOPSIGNAL 9', 'FROM nginx:1.27\nSTOPSIGNAL SIGRTMIN+3', 'FROM nginx:1.27\nSTOPSIGNAL $SIG', 'FROM nginx:1.27\nARG S=SIGINT\nSTOPSIGNAL $S'],
  invalid: [
    {
      code: 'FROM nginx:1.27\nSTOPSIGNAL SIGTREM',
      errors: [{ range: [1, 11, 1, 18], message: '`SIGTREM` is not a signal. Did you mean `SIGTERM`?' }],
      output: 'FROM nginx:1.27\nSTOPSIGNAL SIGTERM',
    },
    { code: 'FROM nginx:1.27\nSTOPSIGNAL 0', errors: [{ range: [1, 11, 1, 12], message: '`0` is not a signal.' }] },
    { code: 'FROM nginx:1.27\nARG S=graceful\nSTOPSIGNAL $S', errors: [{ range: [2, 11, 2, 13], message: '`graceful` is not a signal (from `$S`).' }] },
  ],
});
