import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { describeImage, finalImageCandidates, mentionsCommand, stageText, variantFix } from '../shared/final-image';

export const meta: DockerfileRuleMeta = {
  id: 'final-stage-jdk-image',
  target: 'dockerfile',
  category: 'base-image',
  severity: 'info',
  summary: 'The final stage runs on a JDK image where a JRE image would do.',
  docs: {
    description:
      'A JDK image carries the compiler, `jlink`, debugging tools and headers, roughly twice the size of the JRE image of the ' +
      'same vendor and version, and every extra binary is more to patch. Build in a JDK (or Maven/Gradle) stage and run the ' +
      'jar on the JRE image.',
    incorrect: 'FROM maven:3.9-eclipse-temurin-21 AS build\nRUN mvn -q package\n\nFROM eclipse-temurin:21-jdk\nCOPY --from=build /target/app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]',
    correct: 'FROM maven:3.9-eclipse-temurin-21 AS build\nRUN mvn -q package\n\nFROM eclipse-temurin:21-jre\nCOPY --from=build /target/app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]',
    fix:
      'Switches `-jdk` to `-jre` in the tag (or a Maven/Gradle image to `eclipse-temurin:<java>-jre`). Unsafe: the ' +
      'application may use JDK tools at run time.',
    notes:
      'Covers `eclipse-temurin`, `ibm-semeru-runtimes` (`open-*` tags), `sapmachine`, `bellsoft/liberica-openjdk-*`, ' +
      '`maven` and `gradle`. Exempt: a final stage that runs JDK tools (`javac`, `jar`, `jlink`, `jshell`, `jcmd`, `jmap`, ' +
      '`jstack`, `jdeps`), and Dockerfiles under `.devcontainer/`. A single-stage file that compiles gets a "use a ' +
      'multi-stage build" message instead. The final stage is the last one, plus any `build.target` or Bake `target` in ' +
      'the workspace.',
  },
  fix: 'unsafe',
  aliases: [],
};

const JDK_TOOLS = ['javac', 'jar', 'jlink', 'jshell', 'jcmd', 'jmap', 'jstack', 'jdeps'];
const BUILD_TOOLS = ['mvn', 'mvnw', 'gradle', 'gradlew', 'javac', 'ant', 'sbt'];
const COMMAND_KEYWORDS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'ONBUILD']);

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const c of finalImageCandidates(ctx, ['jdk'])) {
    const text = stageText(c.stage, ctx.model.text, COMMAND_KEYWORDS);
    const range = ctx.range(c.image.start, c.image.end);
    if (ctx.model.stages.length === 1 && mentionsCommand(stageText(c.stage, ctx.model.text, new Set(['RUN'])), BUILD_TOOLS)) {
      ctx.report({
        range,
        message: `${describeImage(c.image)} both builds and runs the application; use a multi-stage build and run it on a JRE image.`,
      });
      continue;
    }
    if (mentionsCommand(text, JDK_TOOLS)) continue;
    ctx.report({ range, message: `${describeImage(c.image)} in the final stage: ${c.variant.message}`, fix: variantFix(ctx, c) });
  }
}
