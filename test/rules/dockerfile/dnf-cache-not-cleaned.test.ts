import { ruleTester } from '../../support/rule-tester';

const fed = "FROM fedora:41\n";

ruleTester('dnf-cache-not-cleaned', {
  valid: [
    `${fed}RUN dnf install -y nginx && dnf clean all`,
    `${fed}RUN microdnf install -y nginx && microdnf clean all`,
    `${fed}RUN dnf install -y nginx && rm -rf /var/cache/dnf/*`,
    `${fed}RUN --mount=type=cache,target=/var/cache/dnf dnf install -y nginx`,
    `${fed}RUN dnf remove -y nginx`,
  ],
  invalid: [
    {
      code: `${fed}RUN dnf install -y nginx`,
      errors: [
        { range: [1, 8, 1, 15], message: "`dnf install` leaves the package cache in the layer; run `dnf clean all` in the same RUN." },
      ],
      output: `${fed}RUN dnf install -y nginx && dnf clean all`,
    },
    {
      name: "microdnf upgrade",
      code: `${fed}RUN microdnf upgrade -y`,
      errors: [
        { range: [1, 13, 1, 20], message: "`microdnf upgrade` leaves the package cache in the layer; run `microdnf clean all` in the same RUN." },
      ],
      output: `${fed}RUN microdnf upgrade -y && microdnf clean all`,
    },
    {
      name: "heredoc",
      code: `${fed}RUN <<EOF
set -e
dnf reinstall -y nginx
EOF`,
      errors: [
        { range: [3, 4, 3, 13], message: "`dnf reinstall` leaves the package cache in the layer; run `dnf clean all` in the same RUN." },
      ],
      output: `${fed}RUN <<EOF
set -e
dnf reinstall -y nginx
dnf clean all
EOF`,
    },
  ],
});
