import { ruleTester } from '../../support/rule-tester';

const deb = 'FROM debian:trixie-slim\n';

ruleTester('debian-frontend-env', {
  valid: [
    `${deb}ARG DEBIAN_FRONTEND=noninteractive`,
    `${deb}RUN DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata`,
    `${deb}ENV DEBIAN_FRONTEND=dialog`,
  ],
  invalid: [
    {
      code: `${deb}ENV DEBIAN_FRONTEND=noninteractive\nRUN apt-get update`,
      errors: [{ range: [1, 4, 1, 34], message: '`DEBIAN_FRONTEND=noninteractive` set by ENV persists into every container of the image; set it with ARG for the build only.' }],
      output: `${deb}ARG DEBIAN_FRONTEND=noninteractive\nRUN apt-get update`,
    },
    { name: 'legacy form, quoted', code: `${deb}ENV DEBIAN_FRONTEND "noninteractive"`, errors: [{ range: [1, 4, 1, 36] }], output: `${deb}ARG DEBIAN_FRONTEND="noninteractive"` },
    {
      name: 'split out of a longer ENV',
      code: `${deb}ENV LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive TZ=UTC`,
      errors: [{ range: [1, 17, 1, 47] }],
      output: `${deb}ARG DEBIAN_FRONTEND=noninteractive\nENV LANG=C.UTF-8 TZ=UTC`,
    },
    {
      name: 'first of several',
      code: `${deb}ENV DEBIAN_FRONTEND=noninteractive TZ=UTC`,
      errors: [{ range: [1, 4, 1, 34] }],
      output: `${deb}ARG DEBIAN_FRONTEND=noninteractive\nENV TZ=UTC`,
    },
  ],
});
