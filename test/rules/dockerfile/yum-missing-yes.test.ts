import { ruleTester } from '../../support/rule-tester';

const c7 = "FROM centos:7\n";

ruleTester('yum-missing-yes', {
  valid: [
    `${c7}RUN yum install -y httpd`,
    `${c7}RUN yum -y install httpd`,
    `${c7}RUN yum install --assumeyes httpd`,
    `${c7}RUN yum -qy groupinstall "Development Tools"`,
    `${c7}RUN yum clean all`,
    `${c7}ARG YUM_OPTS
RUN yum install $YUM_OPTS httpd`,
  ],
  invalid: [
    {
      code: `${c7}RUN yum install httpd && yum clean all`,
      errors: [
        { range: [1, 8, 1, 15], message: "`yum install` has no `-y`, so it aborts at the confirmation prompt." },
      ],
      output: `${c7}RUN yum install -y httpd && yum clean all`,
    },
    {
      name: "localinstall in a heredoc",
      code: `${c7}RUN <<EOF
set -e
yum localinstall /tmp/x.rpm
EOF`,
      errors: [
        { range: [3, 4, 3, 16], message: "`yum localinstall` has no `-y`, so it aborts at the confirmation prompt." },
      ],
      output: `${c7}RUN <<EOF
set -e
yum localinstall -y /tmp/x.rpm
EOF`,
    },
  ],
});
