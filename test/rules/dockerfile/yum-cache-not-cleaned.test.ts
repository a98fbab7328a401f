import { ruleTester } from '../../support/rule-tester';

const c7 = "FROM centos:7\n";

ruleTester('yum-cache-not-cleaned', {
  valid: [
    `${c7}RUN yum install -y httpd && yum clean all`,
    `${c7}RUN yum install -y httpd && rm -rf /var/cache/yum`,
    `${c7}RUN --mount=type=cache,target=/var/cache/yum yum install -y httpd`,
    `${c7}RUN yum remove -y httpd`,
  ],
  invalid: [
    {
      code: `${c7}RUN yum install -y httpd`,
      errors: [
        { range: [1, 8, 1, 15], message: "`yum install` leaves the yum cache in the layer; run `yum clean all` in the same RUN." },
      ],
      output: `${c7}RUN yum install -y httpd && yum clean all`,
    },
    {
      name: "clean before a later install does not count",
      code: `${c7}RUN yum install -y a && yum clean all && yum install -y b`,
      errors: [
        { range: [1, 45, 1, 52], message: "`yum install` leaves the yum cache in the layer; run `yum clean all` in the same RUN." },
      ],
      output: `${c7}RUN yum install -y a && yum clean all && yum install -y b && yum clean all`,
    },
    {
      name: "trailing semicolon: no fix",
      code: `${c7}RUN yum install -y httpd;`,
      errors: [
        { range: [1, 8, 1, 15], message: "`yum install` leaves the yum cache in the layer; run `yum clean all` in the same RUN." },
      ],
    },
  ],
});
