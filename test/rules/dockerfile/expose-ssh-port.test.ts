import { ruleTester } from '../../support/rule-tester';

const f = 'FROM ubuntu:24.04\n';

ruleTester('expose-ssh-port', {
  valid: [`${f}EXPOSE 8080`, `${f}EXPOSE 2222`, `${f}EXPOSE 22/udp`, `${f}EXPOSE 23-30`, `${f}ARG P\nEXPOSE $P`],
  invalid: [
    { code: `${f}EXPOSE 22`, errors: [{ range: [1, 7, 1, 9], message: '`EXPOSE 22` publishes the SSH port; use `docker exec` for shell access instead.' }] },
    { name: 'tcp suffix, range, variable', code: `${f}ARG SSH=22\nEXPOSE 80 22/tcp 20-25 $SSH`, errors: [{ range: [2, 10, 2, 16] }, { range: [2, 17, 2, 22] }, { range: [2, 23, 2, 27] }] },
  ],
});
