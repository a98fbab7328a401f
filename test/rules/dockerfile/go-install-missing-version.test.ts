import { ruleTester } from '../../support/rule-tester';

const go = "FROM golang:1.23\n";

ruleTester('go-install-missing-version', {
  valid: [
    {
      name: 'a RUN that bind-mounts go.mod (or the context) runs in a module: `go install tool` and tool paths',
      code: `${go}WORKDIR /app\nRUN --mount=type=bind,source=go.mod,target=/app/go.mod go install tool github.com/jstemmer/go-junit-report/v2\nRUN --mount=target=. go install golang.org/x/tools/cmd/stringer`,
    },
    `${go}RUN go install golang.org/x/tools/gopls@v0.16.2`,
    `${go}RUN go install golang.org/x/tools/gopls@latest`,
    `${go}RUN go install ./cmd/... && go install .`,
    `${go}RUN go install cmd/go`,
    `${go}WORKDIR /src
COPY go.mod go.sum ./
RUN go install github.com/a-h/templ/cmd/templ`,
    `${go}COPY . .
RUN go run github.com/a-h/templ/cmd/templ generate`,
    `${go}ENV GO111MODULE=off
RUN go install github.com/x/y`,
    `${go}ARG TOOL
RUN go install $TOOL`,
    `${go}RUN go build -o /app ./cmd/app`,
  ],
  invalid: [
    {
      name: 'a cache mount is no module',
      code: `${go}RUN --mount=type=cache,target=/go/pkg/mod go install golang.org/x/tools/cmd/stringer`,
      errors: [{ range: [1, 53, 1, 84] }],
    },
    {
      code: `${go}RUN go install golang.org/x/tools/gopls`,
      errors: [
        { range: [1, 15, 1, 39], message: "`go install golang.org/x/tools/gopls` has no `@version`; outside a module Go refuses it." },
      ],
    },
    {
      name: "go run with flags, only its package",
      code: `${go}RUN go run -ldflags="-s -w" github.com/x/gen arg1 arg2`,
      errors: [
        { range: [1, 28, 1, 44], message: "`go run github.com/x/gen` has no `@version`; outside a module Go refuses it." },
      ],
    },
    {
      name: "variable resolved",
      code: `${go}ARG TOOL=github.com/x/y/cmd/z
RUN go install -v \${TOOL}`,
      errors: [
        { range: [2, 18, 2, 25], message: "`go install github.com/x/y/cmd/z` has no `@version`; outside a module Go refuses it." },
      ],
    },
  ],
});
