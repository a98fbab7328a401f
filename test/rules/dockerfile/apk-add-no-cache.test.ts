import { ruleTester } from '../../support/rule-tester';

const alp = "FROM alpine:3.20\n";

ruleTester('apk-add-no-cache', {
  valid: [
    `${alp}RUN apk add --no-cache curl`,
    `${alp}RUN apk --no-cache add curl`,
    `${alp}RUN --mount=type=cache,target=/var/cache/apk apk add curl`,
    `${alp}RUN --mount=type=cache,target=/etc/apk/cache apk update && apk add curl`,
    `${alp}RUN apk update && apk add curl && rm -rf /var/cache/apk/*`,
    `${alp}ARG APK_FLAGS
RUN apk add $APK_FLAGS curl`,
    `${alp}RUN apk del curl`,
  ],
  invalid: [
    {
      code: `${alp}RUN apk update && apk add curl`,
      errors: [
        { range: [1, 22, 1, 25], message: "`apk add` has no `--no-cache`, so the package index stays in the layer." },
      ],
      output: `${alp}RUN apk add --no-cache curl`,
    },
    {
      name: "no update to drop",
      code: `${alp}RUN apk add --virtual .build-deps gcc`,
      errors: [
        { range: [1, 8, 1, 11], message: "`apk add` has no `--no-cache`, so the package index stays in the layer." },
      ],
      output: `${alp}RUN apk add --no-cache --virtual .build-deps gcc`,
    },
    {
      name: "update kept when another add relies on it",
      code: `${alp}RUN apk update && apk add curl && apk add git`,
      errors: [
        { range: [1, 22, 1, 25], message: "`apk add` has no `--no-cache`, so the package index stays in the layer." },
        { range: [1, 38, 1, 41], message: "`apk add` has no `--no-cache`, so the package index stays in the layer." },
      ],
      output: `${alp}RUN apk update && apk add --no-cache curl && apk add --no-cache git`,
    },
    {
      name: "cleanup before the add does not count",
      code: `${alp}RUN rm -rf /var/cache/apk/* && apk add curl`,
      errors: [
        { range: [1, 35, 1, 38], message: "`apk add` has no `--no-cache`, so the package index stays in the layer." },
      ],
      output: `${alp}RUN rm -rf /var/cache/apk/* && apk add --no-cache curl`,
    },
    {
      name: "update in the middle of a chain",
      code: `${alp}RUN set -x \\
 && apk update \\
 && apk add curl`,
      errors: [
        { range: [3, 8, 3, 11], message: "`apk add` has no `--no-cache`, so the package index stays in the layer." },
      ],
      output: `${alp}RUN set -x \\
 && apk add --no-cache curl`,
    },
  ],
});
