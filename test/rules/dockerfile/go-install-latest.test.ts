import { ruleTester } from '../../support/rule-tester';

const go = "FROM golang:1.23\n";

ruleTester('go-install-latest', {
  valid: [
    `${go}RUN go install golang.org/x/tools/gopls@v0.16.2`,
    `${go}RUN go install ./cmd/...`,
    `${go}ARG V
RUN go install golang.org/x/tools/gopls@$V`,
  ],
  invalid: [
    {
      code: `${go}RUN go install golang.org/x/tools/gopls@latest`,
      errors: [
        { range: [1, 39, 1, 46], message: "`go install golang.org/x/tools/gopls@latest` uses `@latest`, which pins no version." },
      ],
    },
    {
      name: "from a variable",
      code: `${go}ARG V=latest
RUN go install golang.org/x/tools/gopls@\${V}`,
      errors: [
        { range: [2, 15, 2, 44], message: "`go install golang.org/x/tools/gopls@latest` uses `@latest`, which pins no version." },
      ],
    },
  ],
});
