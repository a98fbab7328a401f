import { ruleTester } from '../../support/rule-tester';

const node = "FROM node:22-slim\n";

ruleTester('yarn-cache-not-cleaned', {
  valid: [
    `${node}RUN yarn install --frozen-lockfile && yarn cache clean`,
    `${node}RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install`,
    `${node}RUN --mount=type=cache,target=/root/.yarn yarn install`,
    { name: "builder stage", code: `FROM node:22 AS build
RUN yarn install && yarn build
FROM nginx:1.27
COPY --from=build /app/dist /usr/share/nginx/html` },
    `${node}RUN yarn add lodash`,
  ],
  invalid: [
    {
      code: `${node}RUN yarn install --frozen-lockfile`,
      errors: [
        { range: [1, 9, 1, 16], message: "`yarn install` leaves the yarn cache in the image; run `yarn cache clean` in the same RUN." },
      ],
      output: `${node}RUN yarn install --frozen-lockfile && yarn cache clean`,
    },
    {
      name: "heredoc",
      code: `${node}RUN <<EOF
set -e
yarn install
yarn build
EOF`,
      errors: [
        { range: [3, 5, 3, 12], message: "`yarn install` leaves the yarn cache in the image; run `yarn cache clean` in the same RUN." },
      ],
      output: `${node}RUN <<EOF
set -e
yarn install
yarn build
yarn cache clean
EOF`,
    },
  ],
});
