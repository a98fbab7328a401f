import { ruleTester } from '../../support/rule-tester';

const fed = "FROM fedora:41\n";

ruleTester('dnf-missing-yes', {
  valid: [
    `${fed}RUN dnf install -y nginx`,
    `${fed}RUN dnf -y install nginx`,
    `${fed}RUN microdnf install --assumeyes nginx`,
    `${fed}RUN dnf upgrade --refresh`,
  ],
  invalid: [
    {
      code: `${fed}RUN dnf install nginx && dnf clean all`,
      errors: [
        { range: [1, 8, 1, 15], message: "`dnf install` has no `-y`, so it aborts at the confirmation prompt." },
      ],
      output: `${fed}RUN dnf install -y nginx && dnf clean all`,
    },
    {
      name: "microdnf and tdnf",
      code: `${fed}RUN microdnf install nginx; tdnf install curl`,
      errors: [
        { range: [1, 13, 1, 20], message: "`microdnf install` has no `-y`, so it aborts at the confirmation prompt." },
        { range: [1, 33, 1, 40], message: "`tdnf install` has no `-y`, so it aborts at the confirmation prompt." },
      ],
      output: `${fed}RUN microdnf install -y nginx; tdnf install -y curl`,
    },
  ],
});
