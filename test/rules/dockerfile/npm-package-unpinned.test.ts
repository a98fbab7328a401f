import { ruleTester } from '../../support/rule-tester';

const node = "FROM node:22-slim\n";

ruleTester('npm-package-unpinned', {
  valid: [
    `${node}RUN npm install`,
    `${node}RUN npm ci`,
    `${node}RUN npm install -g typescript@5.6.3 @angular/cli@18.2.0`,
    `${node}RUN npm install ./local-pkg /tmp/pkg.tgz file:../lib`,
    `${node}RUN npm install git+https://github.com/user/repo.git#v1.0.0 user/repo#main`,
    `${node}ARG PKG
RUN npm install $PKG`,
  ],
  invalid: [
    {
      code: `${node}RUN npm install -g typescript`,
      errors: [
        { range: [1, 19, 1, 29], message: "Package `typescript` is installed without a version (`typescript@<version>`)." },
      ],
    },
    {
      name: "scoped package without version",
      code: `${node}RUN npm i --prefix /opt @angular/cli`,
      errors: [
        { range: [1, 24, 1, 36], message: "Package `@angular/cli` is installed without a version (`@angular/cli@<version>`)." },
      ],
    },
    {
      name: "git URL without ref",
      code: `${node}RUN npm install git+https://github.com/user/repo.git`,
      errors: [
        { range: [1, 16, 1, 52], message: "Git dependency `git+https://github.com/user/repo.git` names no ref (`#<tag or commit>`)." },
      ],
    },
  ],
});
