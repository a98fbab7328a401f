import { ruleTester } from '../../support/rule-tester';

const f = 'FROM alpine:3.20\n';

ruleTester('secret-in-run-command', {
  valid: [
    `${f}RUN git clone https://github.com/moby/buildkit.git`,
    `${f}RUN git clone "https://deploy:\${GIT_TOKEN}@git.example.com/app.git"`,
    `${f}RUN docker login -u me --password-stdin < /run/secrets/pw`,
    `${f}RUN curl -u "$USER:$PASS" https://example.com/`,
    `${f}RUN mysql -p -e 'select 1'`,
    `${f}RUN npm config set //registry.npmjs.org/:_authToken \${NPM_TOKEN}`,
    `${f}RUN gcloud auth activate-service-account --key-file=/run/secrets/gcp.json`,
    `${f}RUN echo ssh://git@github.com/a/b`,
  ],
  invalid: [
    {
      code: `${f}RUN git clone https://deploy:s3cr3tpass@git.example.com/team/app.git`,
      errors: [{ range: [1, 29, 1, 39], message: 'This URL carries a literal credential; it is stored in the image history.' }],
    },
    {
      name: 'token as user-info',
      code: `${f}RUN git clone https://abcdefghijklmnopqrstuvwx@github.com/a/b.git`,
      errors: [{ range: [1, 22, 1, 46] }],
    },
    {
      name: 'docker login -p and --password=',
      code: `${f}RUN docker login -u me -p hunter2 registry.example.com && podman login --password=hunter3 r`,
      errors: [
        { range: [1, 26, 1, 33], message: 'The `docker login` password is written literally; it is stored in the image history.' },
        { range: [1, 82, 1, 89] },
      ],
    },
    {
      name: 'curl -u, mysql -p, aws, npm',
      code:
        `${f}RUN curl -u admin:pw https://x/ \\\n` +
        ' && mysql -psecret db \\\n' +
        ' && aws configure set aws_secret_access_key wJalrXUtnFEMI \\\n' +
        ' && npm config set //registry.npmjs.org/:_authToken=abc123',
      errors: [{ range: [1, 12, 1, 20] }, { range: [2, 12, 2, 18] }, { range: [3, 44, 3, 57] }, { range: [4, 52, 4, 58] }],
    },
    {
      name: 'gcloud with a copied key file, token format in exec form',
      code: `${f}RUN gcloud auth activate-service-account --key-file=/app/key.json\nRUN ["sh", "-c", "echo AKIAABCDEFGHIJKLMNOP"]`,
      errors: [{ range: [1, 41, 1, 65] }, { range: [2, 23, 2, 43], message: /an AWS access key ID/ }],
    },
  ],
});
