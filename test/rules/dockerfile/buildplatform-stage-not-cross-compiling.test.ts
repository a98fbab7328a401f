import { ruleTester } from '../../support/rule-tester';

const from = 'FROM --platform=$BUILDPLATFORM golang:1.25 AS build\n';
const runtime = '\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app';
/** Twenty-one numbered copies of a build command, chained with `&&`. */
const manyBuilds = (command: string, n = 21) => Array.from({ length: n }, (_, k) => `${command}${k % 10}`).join(' && ');

ruleTester('buildplatform-stage-not-cross-compiling', {
  valid: [
    {
      name: 'a flag on a FROM that names a stage is ignored: that stage runs on the target platform',
      code: 'FROM golang:1.25 AS base\nFROM --platform=$BUILDPLATFORM base AS build\nRUN go build -o /out/app .' + runtime,
    },
    `${from}ARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .${runtime}`,
    `${from}ENV GOOS=linux\nARG TARGETARCH\nENV GOARCH=$TARGETARCH\nRUN go build -o /out/app .${runtime}`,
    `${from}RUN go install golang.org/x/tools/cmd/stringer@latest && xx-go build -o /out/app .${runtime}`,
    // `xx-go --wrap` points the stage's `go` at the target platform.
    `${from}RUN xx-go --wrap\nRUN go build -o /out/app .${runtime}`,
    // The old `tonistiigi/xx:golang` image's `go` wrapper reads TARGETPLATFORM.
    `${from}COPY --from=tonistiigi/xx:golang / /\nARG TARGETPLATFORM\nRUN go build -o /out/app .${runtime}`,
    `FROM golang:1.25 AS build\nRUN go build -o /out/app .${runtime}`,
    `${from}RUN go build -o /out/app .\nFROM --platform=$BUILDPLATFORM alpine:3.22\nCOPY --from=build /out/app /app`,
    'FROM --platform=$BUILDPLATFORM rust:1 AS build\nRUN cargo build --release --target aarch64-unknown-linux-gnu\nFROM debian:trixie-slim\nCOPY --from=build /t /t',
    'FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:9.0 AS build\nARG TARGETARCH\nRUN dotnet publish -r linux-$TARGETARCH -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:9.0\nCOPY --from=build /app /app',
  ],
  invalid: [
    {
      name: 'built from a `$BUILDPLATFORM` stage, so this stage runs there too',
      code: 'FROM --platform=$BUILDPLATFORM golang:1.25 AS base\nRUN go mod download\nFROM base AS build\nRUN go build -o /out/app .' + runtime,
      errors: [{ range: [3, 7, 3, 12] }],
      output: 'FROM --platform=$BUILDPLATFORM golang:1.25 AS base\nRUN go mod download\nFROM base AS build\nARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .' + runtime,
    },
    {
      code: `${from}RUN CGO_ENABLED=0 go build -o /out/app .${runtime}`,
      errors: [{ range: [1, 21, 1, 26], message: '`go build` has no `GOOS`/`GOARCH`, so this `$BUILDPLATFORM` stage builds for the build machine and ships that binary to every target platform.' }],
      output: `${from}ARG TARGETOS TARGETARCH\nRUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .${runtime}`,
    },
    {
      name: 'two Go builds, one fix',
      code: `${from}ARG TARGETARCH\nRUN go build -o /out/app . && go install ./cmd/tool${runtime}`,
      errors: [{ range: [2, 7, 2, 12] }, { range: [2, 33, 2, 40] }],
      output: `${from}ARG TARGETOS\nARG TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app . && GOOS=$TARGETOS GOARCH=$TARGETARCH go install ./cmd/tool${runtime}`,
    },
    {
      // Past twenty builds the stage's fix rides on the first finding alone (see the test below).
      name: 'twenty-one Go builds, one fix on the first',
      code: `${from}ARG TARGETOS TARGETARCH\nRUN ${manyBuilds('go build ./cmd/x')}${runtime}`,
      errors: Array.from({ length: 21 }, (_, k) => ({ range: [2, 7 + k * 21, 2, 12 + k * 21] as [number, number, number, number] })),
      output: `${from}ARG TARGETOS TARGETARCH\nRUN ${manyBuilds('GOOS=$TARGETOS GOARCH=$TARGETARCH go build ./cmd/x')}${runtime}`,
    },
    {
      name: 'cargo without --target',
      code: 'FROM --platform=$BUILDPLATFORM rust:1 AS build\nRUN cargo build --release\nFROM debian:trixie-slim\nCOPY --from=build /t /t',
      errors: [{ range: [1, 10, 1, 15], message: /^`cargo build` has no `--target`/ }],
    },
    {
      name: 'dotnet publish with a constant runtime',
      code: 'FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:9.0 AS build\nRUN dotnet publish -r linux-x64 -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:9.0\nCOPY --from=build /app /app',
      errors: [{ range: [1, 22, 1, 31], message: /targets the constant runtime `linux-x64`/ }],
    },
  ],
});
