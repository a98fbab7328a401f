import { ruleTester } from '../../support/rule-tester';

const goRun = 'ARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\n';
const runtime = 'FROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app';

ruleTester('cross-compile-without-buildplatform', {
  valid: [
    `FROM --platform=$BUILDPLATFORM golang:1.25 AS build\n${goRun}${runtime}`,
    `FROM --platform=linux/amd64 golang:1.25 AS build\n${goRun}${runtime}`,
    `FROM --platform=$BUILDPLATFORM golang:1.25 AS base\nFROM base AS build\n${goRun}${runtime}`,
    { name: 'a constant platform on the chain\'s first stage is a choice', code: `FROM --platform=linux/amd64 golang:1.25 AS base\nFROM base AS build\n${goRun}${runtime}` },
    `FROM golang:1.25 AS build\nRUN go build -o /out/app .\n${runtime}`,
    'FROM maven:3.9-eclipse-temurin-21\nRUN mvn -q package\nCMD ["java", "-jar", "target/app.jar"]',
    'FROM maven:3.9-eclipse-temurin-21 AS build\nRUN mvn -q package\nFROM build AS test\nRUN mvn test\nFROM eclipse-temurin:21-jre\nCOPY --from=build /t/app.jar /app.jar',
  ],
  invalid: [
    {
      name: 'built from a stage: the flag goes on the chain\'s first stage, and the fix puts it there',
      code: `FROM golang:1.25 AS base\nRUN go mod download\nFROM base AS build\n${goRun}${runtime}`,
      errors: [{ range: [2, 5, 2, 9], message: 'Stage `build` cross-compiles Go for the target but runs emulated on each target platform; its platform comes from stage `base`, so add `--platform=$BUILDPLATFORM` to that stage\'s FROM.' }],
      output: `FROM --platform=$BUILDPLATFORM golang:1.25 AS base\nRUN go mod download\nFROM base AS build\n${goRun}${runtime}`,
    },
    {
      name: 'a flag on a FROM that names a stage is ignored by the builder, so the stage still runs emulated',
      code: `FROM golang:1.25 AS base\nFROM --platform=$BUILDPLATFORM base AS build\n${goRun}${runtime}`,
      errors: [{ range: [1, 31, 1, 35] }],
      output: `FROM --platform=$BUILDPLATFORM golang:1.25 AS base\nFROM --platform=$BUILDPLATFORM base AS build\n${goRun}${runtime}`,
    },
    {
      name: 'no fix when another stage is built from the first one (it would move too)',
      code: `FROM golang:1.25 AS base\nFROM base AS build\n${goRun}FROM base AS test\nRUN go test ./...\n${runtime}`,
      errors: [{ range: [1, 5, 1, 9] }],
    },
    {
      name: 'no fix when the first stage is copied from too (its files would change platform)',
      code: 'FROM maven:3.9-eclipse-temurin-21 AS deps\nRUN mvn -q dependency:go-offline\nFROM deps AS build\nRUN mvn -q package\nFROM eclipse-temurin:21-jre\nCOPY --from=build /t/app.jar /app.jar\nCOPY --from=deps /root/.m2/settings.xml /etc/',
      errors: [{ range: [2, 5, 2, 9], message: /its platform comes from stage `deps`/ }],
    },
    {
      code: `FROM golang:1.25 AS build\n${goRun}${runtime}`,
      errors: [{ range: [0, 5, 0, 16], message: 'Stage `build` cross-compiles Go for the target but runs emulated on each target platform; add `--platform=$BUILDPLATFORM` to its FROM.' }],
      output: `FROM --platform=$BUILDPLATFORM golang:1.25 AS build\n${goRun}${runtime}`,
    },
    {
      name: 'Maven output copied into a runtime stage',
      code: 'FROM maven:3.9-eclipse-temurin-21 AS build\nRUN mvn -q package\nFROM eclipse-temurin:21-jre\nCOPY --from=build /t/app.jar /app.jar',
      errors: [{ range: [0, 5, 0, 33], message: /builds platform-independent Java output that other stages copy/ }],
      output: 'FROM --platform=$BUILDPLATFORM maven:3.9-eclipse-temurin-21 AS build\nRUN mvn -q package\nFROM eclipse-temurin:21-jre\nCOPY --from=build /t/app.jar /app.jar',
    },
    {
      name: '.NET publish for the target architecture',
      code: 'FROM mcr.microsoft.com/dotnet/sdk:9.0 AS build\nARG TARGETARCH\nRUN dotnet publish -a $TARGETARCH -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:9.0\nCOPY --from=build /app /app',
      errors: [{ range: [0, 5, 0, 37] }],
      output: 'FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:9.0 AS build\nARG TARGETARCH\nRUN dotnet publish -a $TARGETARCH -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:9.0\nCOPY --from=build /app /app',
    },
  ],
});
