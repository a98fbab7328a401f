import { ruleTester } from '../../support/rule-tester';

const f = 'FROM ubuntu:24.04\n';

ruleTester('password-set-in-run', {
  valid: [`${f}RUN useradd -m app`, `${f}RUN passwd -l root`, `${f}RUN useradd -p "$HASH" app`, `${f}RUN echo chpasswd`],
  invalid: [
    {
      code: `${f}RUN useradd -m app && echo "app:changeme" | chpasswd`,
      errors: [{ range: [1, 44, 1, 52], message: '`chpasswd` sets a password at build time; it stays in the image for everyone who pulls it.' }],
    },
    { name: 'passwd from a pipe and --stdin', code: `${f}RUN echo pw | passwd app && passwd --stdin app < /pw`, errors: [{ range: [1, 14, 1, 20] }, { range: [1, 28, 1, 34] }] },
    {
      name: 'useradd -p literal and openssl output',
      code: `${f}RUN useradd -p '$6$x$abc' app && usermod --password "$(openssl passwd -1 pw)" app`,
      errors: [{ range: [1, 15, 1, 25], message: '`useradd -p` sets a password hash at build time; it stays in the image.' }, { range: [1, 52, 1, 77] }],
    },
  ],
});
