import { ruleTester } from '../../support/rule-tester';

const goRun = 'ARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\n';
const runtime = 'FROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app';

ruleTester('cross-compile-without-buildplatform', {
  valid: [
    `FROM --platform=$BUILDPLATFORM golang:1.25 AS build\n${goRun}${runtime}`,
    `FROM --platform=linux/amd64 golang:1.25 AS build\n${goRun}${runtime}`,
    `FROM --platform=$BUILDPLATFORM golang:1.25 AS base\nFROM base AS build\n${goRun}${runtime}`,
    `FROM golang:1.25 AS build\nRUN go build -o /out/app .\n${runtime}`,
    'FROM maven:3.9-eclipse-temurin-21\nRUN mvn -q package\nCMD ["java", "-jar", "target/app.jar"]',
    'FROM maven:3.9-eclipse-temurin-21 AS build\nRUN mvn -q package\nFROM build AS test\nRUN mvn test\nFROM eclipse-temurin:21-jre\nCOPY --from=build /t/app.jar /app.jar',
  ],
  invalid: [
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
