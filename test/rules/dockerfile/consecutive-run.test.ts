import { ruleTester } from '../../support/rule-tester';

const alp = 'FROM alpine:3.22\n';

ruleTester('consecutive-run', {
  valid: [
    `${alp}RUN mkdir -p /srv/app && chown nobody /srv/app`,
    `${alp}RUN mkdir /a\nWORKDIR /a\nRUN touch b`,
    `${alp}RUN --mount=type=cache,target=/root/.cache pip install a\nRUN pip install b`,
    `${alp}RUN ["mkdir", "/a"]\nRUN touch /b`,
    `${alp}RUN a && b\nRUN c`,
  ],
  invalid: [
    {
      name: 'the join indents as the file indents its continuation lines',
      code: `${alp}RUN apk add --no-cache \\\n\tcurl\nRUN mkdir -p /srv/app\nRUN chown nobody /srv/app`,
      errors: [{ range: [3, 0, 3, 3] }, { range: [4, 0, 4, 3] }],
      output: `${alp}RUN apk add --no-cache \\\n\tcurl \\\n\t&& mkdir -p /srv/app \\\n\t&& chown nobody /srv/app`,
    },
    {
      code: `${alp}RUN mkdir -p /srv/app\nRUN chown nobody /srv/app`,
      errors: [{ range: [2, 0, 2, 3], message: 'This RUN follows another single-command RUN with the same flags; joining them with `&&` saves a layer.' }],
      output: `${alp}RUN mkdir -p /srv/app \\\n    && chown nobody /srv/app`,
    },
    {
      name: 'comments kept, blank lines dropped, three in a row',
      code: `${alp}RUN mkdir -p /srv/app\n# owner\n\nRUN chown nobody /srv/app\nRUN echo done`,
      errors: [{ range: [4, 0, 4, 3] }, { range: [5, 0, 5, 3] }],
      output: `${alp}RUN mkdir -p /srv/app \\\n    # owner\n    && chown nobody /srv/app \\\n    && echo done`,
    },
    { name: 'cd changes shell state: no fix', code: `${alp}RUN cd /srv\nRUN make`, errors: [{ range: [2, 0, 2, 3] }] },
    {
      name: 'the same flags on both',
      code: `${alp}RUN --network=none echo a\nRUN --network=none echo b`,
      errors: [{ range: [2, 0, 2, 3] }],
      output: `${alp}RUN --network=none echo a \\\n    && echo b`,
    },
  ],
});
