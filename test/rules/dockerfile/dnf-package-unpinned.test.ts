import { ruleTester } from '../../support/rule-tester';

const fed = "FROM fedora:41\n";

ruleTester('dnf-package-unpinned', {
  valid: [
    `${fed}RUN dnf install -y nginx-1.26.2`,
    `${fed}RUN dnf install -y @development-tools /tmp/x.rpm`,
    `${fed}RUN dnf module install -y nodejs`,
    `${fed}ARG PKG
RUN dnf install -y $PKG`,
  ],
  invalid: [
    {
      code: `${fed}RUN dnf install -y nginx git-2.47.0`,
      errors: [
        { range: [1, 19, 1, 24], message: "Package `nginx` is installed without a pinned version (`nginx-<version>`)." },
      ],
    },
    {
      name: "microdnf",
      code: `${fed}RUN microdnf install -y --nodocs nginx`,
      errors: [
        { range: [1, 33, 1, 38], message: "Package `nginx` is installed without a pinned version (`nginx-<version>`)." },
      ],
    },
  ],
});
