import { ruleTester } from '../../support/rule-tester';

const deb = "FROM debian:bookworm-slim\n";

ruleTester('apt-lists-not-cleaned', {
  valid: [
    `${deb}RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*`,
    `${deb}RUN apt-get update && apt-get install -y curl && sudo rm -rf /var/lib/apt/lists`,
    `${deb}RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl`,
    `${deb}RUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y curl`,
    `${deb}RUN --mount=type=tmpfs,target=/var/lib/apt/lists/ apt-get update && apt-get install -y curl`,
    { name: "builder stage only copied from", code: `FROM debian:bookworm-slim AS build
RUN apt-get update && apt-get install -y gcc
FROM scratch
COPY --from=build /usr/bin/gcc /gcc` },
    `${deb}RUN apt-get install -y curl`,
    `${deb}RUN <<EOF
apt-get update
apt-get install -y curl
rm -rf /var/lib/apt/lists/*
EOF`,
  ],
  invalid: [
    {
      code: `${deb}RUN apt-get update && apt-get install -y curl`,
      errors: [
        { range: [1, 12, 1, 18], message: "`apt-get update` leaves `/var/lib/apt/lists` in the layer; remove it in the same RUN." },
      ],
      output: `${deb}RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*`,
    },
    {
      name: "apt update",
      code: `${deb}RUN apt update && apt install -y curl`,
      errors: [
        { range: [1, 8, 1, 14], message: "`apt update` leaves `/var/lib/apt/lists` in the layer; remove it in the same RUN." },
      ],
      output: `${deb}RUN apt update && apt install -y curl && rm -rf /var/lib/apt/lists/*`,
    },
    {
      name: "removal before the update does not count",
      code: `${deb}RUN rm -rf /var/lib/apt/lists/* && apt-get update`,
      errors: [
        { range: [1, 43, 1, 49], message: "`apt-get update` leaves `/var/lib/apt/lists` in the layer; remove it in the same RUN." },
      ],
      output: `${deb}RUN rm -rf /var/lib/apt/lists/* && apt-get update && rm -rf /var/lib/apt/lists/*`,
    },
    {
      name: "a stage another stage builds on",
      code: `FROM debian:bookworm-slim AS base
RUN apt-get update && apt-get install -y curl
FROM base
CMD ["curl"]`,
      errors: [
        { range: [1, 12, 1, 18], message: "`apt-get update` leaves `/var/lib/apt/lists` in the layer; remove it in the same RUN." },
      ],
      output: `FROM debian:bookworm-slim AS base
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
FROM base
CMD ["curl"]`,
    },
    {
      name: "heredoc",
      code: `${deb}RUN <<EOF
set -e
apt-get update
apt-get install -y curl
EOF`,
      errors: [
        { range: [3, 8, 3, 14], message: "`apt-get update` leaves `/var/lib/apt/lists` in the layer; remove it in the same RUN." },
      ],
      output: `${deb}RUN <<EOF
set -e
apt-get update
apt-get install -y curl
rm -rf /var/lib/apt/lists/*
EOF`,
    },
    {
      name: "no fix when the heredoc script ends inside a shell heredoc (an appended line would be part of its body)",
      code: `${deb}RUN <<EOF
apt-get update
cat <<CONF > /etc/x
rm -rf /var/lib/apt/lists/*
EOF`,
      errors: [{ range: [2, 8, 2, 14] }],
    },
    {
      name: "no fix when a later RUN installs from the lists",
      code: `${deb}RUN apt-get update
RUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*`,
      errors: [
        { range: [1, 12, 1, 18], message: "`apt-get update` leaves `/var/lib/apt/lists` in the layer; remove it in the same RUN." },
      ],
    },
    {
      name: "fix when the later RUN updates itself",
      code: `${deb}RUN apt-get update
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*`,
      errors: [
        { range: [1, 12, 1, 18], message: "`apt-get update` leaves `/var/lib/apt/lists` in the layer; remove it in the same RUN." },
      ],
      output: `${deb}RUN apt-get update && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*`,
    },
  ],
});
