import { ruleTester } from '../../support/rule-tester';

const rb = "FROM ruby:3.3-slim\n";

ruleTester('gem-package-unpinned', {
  valid: [
    `${rb}RUN gem install bundler:2.5.22`,
    `${rb}RUN gem install rails -v 7.2.1`,
    `${rb}RUN gem install --version '~> 7.2' rails`,
    `${rb}RUN gem install /tmp/local.gem`,
    `${rb}ARG GEM
RUN gem install $GEM`,
  ],
  invalid: [
    {
      code: `${rb}RUN gem install bundler`,
      errors: [
        { range: [1, 16, 1, 23], message: "Gem `bundler` is installed without a version (`bundler:<version>`)." },
      ],
    },
    {
      name: "value of --install-dir skipped",
      code: `${rb}RUN gem install -i /opt/gems --no-document rake bundler:2.5.22`,
      errors: [
        { range: [1, 43, 1, 47], message: "Gem `rake` is installed without a version (`rake:<version>`)." },
      ],
    },
  ],
});
