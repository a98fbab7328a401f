import { ruleTester } from '../../support/rule-tester';

const deb = "FROM debian:bookworm-slim\n";

ruleTester('wget-and-curl', {
  valid: [
    `${deb}RUN apt-get install -y curl wget`,
    `${deb}RUN curl -fsSLO https://example.com/a && curl -fsSLO https://example.com/b`,
    { name: "different stages", code: `FROM debian:bookworm-slim AS a
RUN curl -fsSLO https://example.com/a
FROM alpine:3.20
RUN wget -q https://example.com/b` },
  ],
  invalid: [
    {
      code: `${deb}RUN curl -fsSLo /tmp/a https://example.com/a
RUN wget -q -O /tmp/b https://example.com/b`,
      errors: [
        { range: [2, 4, 2, 8], message: "This stage uses both `wget` and `curl`; one download tool is enough." },
      ],
    },
    {
      name: "every use after both were seen",
      code: `${deb}RUN wget -q https://example.com/a && curl -fsSLO https://example.com/b && wget -q https://example.com/c`,
      errors: [
        { range: [1, 37, 1, 41], message: "This stage uses both `curl` and `wget`; one download tool is enough." },
        { range: [1, 74, 1, 78], message: "This stage uses both `wget` and `curl`; one download tool is enough." },
      ],
    },
  ],
});
