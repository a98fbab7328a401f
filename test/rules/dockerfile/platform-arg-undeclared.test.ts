import { ruleTester } from '../../support/rule-tester';

const from = 'FROM --platform=$BUILDPLATFORM golang:1.25 AS build\n';

ruleTester('platform-arg-undeclared', {
  valid: [
    `${from}ARG TARGETARCH\nRUN GOARCH=$TARGETARCH go build .`,
    `${from}ARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build .`,
    `${from}RUN echo '$TARGETARCH'`,
    `${from}ENV TARGETARCH=amd64\nRUN echo $TARGETARCH`,
    `FROM alpine:3.22 AS base\nENV TARGETARCH=arm64\nFROM base\nRUN echo $TARGETARCH`,
    'FROM --platform=$TARGETPLATFORM alpine:3.22',
    `${from}CMD echo $TARGETARCH`,
  ],
  invalid: [
    {
      code: `${from}RUN GOOS=linux GOARCH=$TARGETARCH go build -o /out/app .`,
      errors: [{ range: [1, 22, 1, 33], message: '`TARGETARCH` is empty in this stage: platform ARGs reach only FROM lines unless the stage declares `ARG TARGETARCH`.' }],
      output: `${from}ARG TARGETARCH\nRUN GOOS=linux GOARCH=$TARGETARCH go build -o /out/app .`,
    },
    {
      name: 'two names, one fix declaring both',
      code: `${from}RUN GOOS=$TARGETOS GOARCH=\${TARGETARCH} go build .\nENV OUT=/out/$TARGETARCH`,
      errors: [{ range: [1, 9, 1, 18] }, { range: [1, 26, 1, 39] }, { range: [2, 13, 2, 24] }],
      output: `${from}ARG TARGETOS\nARG TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=\${TARGETARCH} go build .\nENV OUT=/out/$TARGETARCH`,
    },
    {
      name: 'declared only after the use',
      code: 'FROM alpine:3.22\nCOPY bin/$TARGETARCH/tool /usr/local/bin/\nARG TARGETARCH',
      errors: [{ range: [1, 9, 1, 20] }],
      output: 'FROM alpine:3.22\nARG TARGETARCH\nCOPY bin/$TARGETARCH/tool /usr/local/bin/\nARG TARGETARCH',
    },
    {
      name: 'mount options and heredoc scripts',
      code: 'FROM alpine:3.22\nRUN --mount=type=cache,id=apk-$TARGETPLATFORM,target=/var/cache/apk <<EOF\necho "$BUILDARCH"\nEOF',
      errors: [{ range: [1, 30, 1, 45] }, { range: [2, 6, 2, 16] }],
      output: 'FROM alpine:3.22\nARG TARGETPLATFORM\nARG BUILDARCH\nRUN --mount=type=cache,id=apk-$TARGETPLATFORM,target=/var/cache/apk <<EOF\necho "$BUILDARCH"\nEOF',
    },
    {
      name: 'a global declaration does not reach the stage',
      code: 'ARG TARGETARCH\nFROM alpine:3.22\nRUN echo $TARGETARCH',
      errors: [{ range: [2, 9, 2, 20] }],
      output: 'ARG TARGETARCH\nFROM alpine:3.22\nARG TARGETARCH\nRUN echo $TARGETARCH',
    },
  ],
});
