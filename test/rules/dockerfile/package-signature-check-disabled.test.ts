import { ruleTester } from '../../support/rule-tester';

ruleTester('package-signature-check-disabled', {
  valid: [
    'FROM fedora:41\nRUN dnf install -y htop',
    'FROM alpine:3.20\nRUN apk add --allow-untrusted /tmp/pkgs/app-1.0.apk',
    'FROM debian:bookworm\nRUN apt-get install -y curl',
    'FROM debian:bookworm\nRUN echo "deb http://deb.debian.org/debian bookworm main" > /etc/apt/sources.list.d/x.list',
    // Command names that are also names of every object's properties once crashed the rule.
    'FROM debian:bookworm\nRUN constructor --x && toString --y && __proto__ --z',
  ],
  invalid: [
    {
      code: 'FROM fedora:41\nRUN dnf install -y --nogpgcheck htop',
      errors: [{ range: [1, 19, 1, 31], message: '`dnf --nogpgcheck` installs packages without checking their signatures.' }],
      output: 'FROM fedora:41\nRUN dnf install -y htop',
    },
    {
      name: 'apk with a remote package, apt-get, rpm',
      code: 'FROM alpine:3.20\nRUN apk add --allow-untrusted curl && apt-get install --allow-unauthenticated -y x && rpm -i --nosignature a.rpm',
      errors: [{ range: [1, 12, 1, 29] }, { range: [1, 54, 1, 77] }, { range: [1, 93, 1, 106] }],
      output: 'FROM alpine:3.20\nRUN apk add curl && apt-get install -y x && rpm -i a.rpm',
    },
    {
      name: 'trusted=yes and gpgcheck=0 written to files, apt -o option',
      code:
        'FROM debian:bookworm\nRUN echo "deb [trusted=yes] http://repo/ ./" > /etc/apt/sources.list.d/r.list' +
        ' && echo gpgcheck=0 >> /etc/yum.repos.d/x.repo && apt-get -o APT::Get::AllowUnauthenticated=true install -y x',
      errors: [{ range: [1, 9, 1, 44] }, { range: [1, 86, 1, 96] }, { range: [1, 138, 1, 173] }],
    },
  ],
});
