import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const build = 'FROM maven:3.9-eclipse-temurin-21 AS build\nRUN mvn -q package\n';

ruleTester('final-stage-jdk-image', {
  valid: [
    `${build}FROM eclipse-temurin:21-jre\nCOPY --from=build /target/app.jar /app.jar`,
    `${build}FROM eclipse-temurin:21-jdk\nRUN jlink --add-modules java.base --output /jre`,
    `${build}FROM eclipse-temurin:21-jdk\nCMD ["jshell"]`,
    { code: `${build}FROM eclipse-temurin:21-jdk\nCOPY --from=build /a /a`, fileName: '/work/.devcontainer/Dockerfile' },
    'FROM eclipse-temurin:21-jdk AS build\nRUN javac Main.java\nFROM gcr.io/distroless/java21-debian12\nCOPY --from=build /Main.class /',
    'FROM ibm-semeru-runtimes:certified-21.0.5.0-jdk',
  ],
  invalid: [
    {
      code: `${build}FROM eclipse-temurin:21-jdk-jammy\nCOPY --from=build /target/app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]`,
      errors: [{ range: [2, 5, 2, 33], message: /^`eclipse-temurin:21-jdk-jammy` in the final stage: .*Consider eclipse-temurin:21-jre-jammy\.$/ }],
      output: `${build}FROM eclipse-temurin:21-jre-jammy\nCOPY --from=build /target/app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]`,
    },
    {
      name: 'a Maven image as the runtime',
      code: 'FROM alpine:3.22 AS files\nFROM maven:3.9-eclipse-temurin-21\nCOPY --from=files /a /a',
      errors: [{ range: [1, 5, 1, 33] }],
      output: 'FROM alpine:3.22 AS files\nFROM eclipse-temurin:21-jre\nCOPY --from=files /a /a',
    },
    {
      name: 'single-stage build that compiles',
      code: 'FROM maven:3.9-eclipse-temurin-21\nRUN mvn -q package\nCMD ["java", "-jar", "target/app.jar"]',
      errors: [{ range: [0, 5, 0, 33], message: '`maven:3.9-eclipse-temurin-21` both builds and runs the application; use a multi-stage build and run it on a JRE image.' }],
    },
    {
      name: 'a compose build.target is a final stage too',
      code: `FROM eclipse-temurin:21-jdk AS runtime\nFROM alpine:3.22`,
      fileName: '/work/Dockerfile',
      fs: memoryFileSystem({ '/work/compose.yaml': 'services:\n  app:\n    build:\n      context: .\n      target: runtime\n' }),
      errors: [{ range: [0, 5, 0, 27] }],
      output: `FROM eclipse-temurin:21-jre AS runtime\nFROM alpine:3.22`,
    },
  ],
});
