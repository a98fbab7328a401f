import { ruleTester } from '../../support/rule-tester';

const c7 = "FROM centos:7\n";

ruleTester('yum-package-unpinned', {
  valid: [
    `${c7}RUN yum install -y httpd-2.4.6 nodejs-1:16.20.2-1.el7`,
    `${c7}RUN yum install -y /tmp/x.rpm https://example.com/y.rpm`,
    `${c7}ARG HTTPD_VERSION=2.4.6
RUN yum install -y httpd-\${HTTPD_VERSION}`,
    `${c7}ARG PKG
RUN yum install -y $PKG`,
    `${c7}RUN yum module install -y nodejs:18`,
    `${c7}RUN yum groupinstall -y "Development Tools"`,
  ],
  invalid: [
    {
      code: `${c7}RUN yum install -y httpd python3-devel mod_ssl-2.4.6`,
      errors: [
        { range: [1, 19, 1, 24], message: "Package `httpd` is installed without a pinned version (`httpd-<version>`)." },
        { range: [1, 25, 1, 38], message: "Package `python3-devel` is installed without a pinned version (`python3-devel-<version>`)." },
      ],
    },
    {
      name: "module without a stream",
      code: `${c7}RUN yum module enable -y nodejs`,
      errors: [
        { range: [1, 25, 1, 31], message: "Module `nodejs` is enabled without a stream (`nodejs:<stream>`)." },
      ],
    },
  ],
});
