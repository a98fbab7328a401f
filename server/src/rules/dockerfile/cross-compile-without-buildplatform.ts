import { insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel, Stage } from '../../model/dockerfile/types';
import { chainRoot, stageChain } from '../../model/dockerfile/queries';
import { consumers, runsOnBuildPlatform, stageBody } from '../shared/cross-compile';
import { finalStages } from '../shared/stage-graph';

export const meta: DockerfileRuleMeta = {
  id: 'cross-compile-without-buildplatform',
  target: 'dockerfile',
  category: 'multi-arch',
  severity: 'info',
  summary: 'A stage cross-compiles for the target but itself runs emulated on the target platform.',
  docs: {
    description:
      'A stage that compiles for `$TARGETOS`/`$TARGETARCH` (Go, Rust, .NET) already knows how to cross-compile, so it can ' +
      'run natively on the build machine. Without `FROM --platform=$BUILDPLATFORM` it runs on the target platform instead, ' +
      'and a multi-platform build runs the compiler under QEMU emulation for every foreign platform: often ten times ' +
      'slower. The same holds for Maven and Gradle stages whose jar is only copied into other stages: Java bytecode is the ' +
      'same on every platform.',
    incorrect: 'FROM golang:1.25 AS build\nARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app',
    correct: 'FROM --platform=$BUILDPLATFORM golang:1.25 AS build\nARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app',
    fix: 'Adds `--platform=$BUILDPLATFORM` to the stage\'s `FROM`. Unsafe: every command of the stage then runs on the build machine\'s architecture.',
    notes:
      'Stages with a constant `--platform`, and stages built `FROM` a stage that already runs on `$BUILDPLATFORM`, are left ' +
      'alone. A stage built from an earlier stage takes that chain\'s platform (the builder ignores `--platform` on its own ' +
      '`FROM`), so the flag goes on the chain\'s first stage; the fix is offered there only when no other stage would move ' +
      'with it.',
  },
  fix: 'unsafe',
  aliases: [],
};

const GO_CROSS = /\bGO(OS|ARCH)=["']?\$\{?(TARGETOS|TARGETARCH)\b/;
const GO_BUILD = /\bgo\s+(build|install)\b/;
// A command and, later on the same line, what it is asked to do. Read as two searches per line (`lineHasAfter`): one
// regex with `[^\n]*` between them backtracked over the rest of the line from every command, quadratic in a long RUN.
const CARGO_BUILD = /\bcargo\s+(build|zigbuild)\b/;
const CARGO_TARGET = /--target\b/;
const DOTNET_BUILD = /\bdotnet\s+(publish|build)\b/;
const DOTNET_TARGET = /(-a|--arch|-r|--runtime)[\s=]+["']?[\w-]*\$\{?(TARGETARCH|TARGETOS|TARGETPLATFORM)\b/;
const JVM_TOOL = /(^|[\s;&|(/])(mvn|mvnw|gradle|gradlew)\s/;
const JVM_GOAL = /\b(package|install|verify|build|assemble|jar|bootJar|shadowJar|installDist)\b/;

/**
 * Some line of `body` has `head`, and `tail` after its first match there. The first match is enough: the rest of the
 * line after any later one is part of the rest after the first.
 */
function lineHasAfter(body: string, head: RegExp, tail: RegExp): boolean {
  for (let start = 0; start <= body.length; ) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    const line = body.slice(start, end);
    const m = head.exec(line);
    if (m && tail.test(line.slice(m.index + m[0].length))) return true;
    start = end + 1;
  }
  return false;
}

/**
 * Moving the chain's first stage to the build platform moves only `stage` and the stages between them: no other
 * stage is built from any of them, and none of them but `stage` is a final stage or copied from (whose files would
 * change platform).
 */
function onlyThisLine(model: DockerfileModel, stage: Stage, finals: ReadonlySet<Stage>): boolean {
  if (consumers(model, stage).children.length > 0) return false;
  // Each stage above `stage` has one child, the next one down the chain; counting keeps a long chain linear.
  for (const s of stageChain(stage).slice(1)) {
    const { copiers, children } = consumers(model, s);
    if (finals.has(s) || copiers.length > 0 || children.length !== 1) return false;
  }
  return true;
}

function crossCompiles(stage: Stage, text: string): string | undefined {
  const body = stageBody(stage, text);
  if (GO_CROSS.test(body) && GO_BUILD.test(body)) return 'cross-compiles Go for the target';
  if (/TARGET(ARCH|PLATFORM)/.test(body) && lineHasAfter(body, CARGO_BUILD, CARGO_TARGET)) return 'cross-compiles Rust for the target';
  if (lineHasAfter(body, DOTNET_BUILD, DOTNET_TARGET)) return 'publishes .NET for the target';
  return undefined;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { model } = ctx;
  // File-wide gates before any stage body is built: every cross-compile pattern names a `TARGET…` variable, and
  // a JVM build names its tool.
  const mayCrossCompile = model.text.includes('TARGET');
  const mayBuildJvm = model.text.includes('mvn') || model.text.includes('gradle');
  if (!mayCrossCompile && !mayBuildJvm) return;
  const finals = new Set(finalStages(ctx));
  for (const stage of model.stages) {
    // A stage's platform is its chain's first stage's: a flag on a stage built from another is ignored.
    const root = chainRoot(stage);
    if (root.platform || runsOnBuildPlatform(stage)) continue;
    let why = mayCrossCompile ? crossCompiles(stage, model.text) : undefined;
    if (!why && mayBuildJvm && !finals.has(stage) && lineHasAfter(stageBody(stage, model.text), JVM_TOOL, JVM_GOAL)) {
      const { copiers, children } = consumers(model, stage);
      if (copiers.length > 0 && children.length === 0) why = 'builds platform-independent Java output that other stages copy';
    }
    if (!why) continue;
    const label = stage.name !== undefined ? `Stage ${code(stage.name)}` : `Stage ${stage.index}`;
    const flagEdit = insertEdit(ctx.document, root.image.start, '--platform=$BUILDPLATFORM ');
    if (root === stage) {
      ctx.report({
        range: ctx.range(stage.image.start, stage.image.end),
        message: `${label} ${why} but runs emulated on each target platform; add ${code('--platform=$BUILDPLATFORM')} to its FROM.`,
        fix: makeFix('Run this stage on the build platform', 'unsafe', [flagEdit]),
      });
      continue;
    }
    const rootLabel = root.name !== undefined ? code(root.name) : String(root.index);
    ctx.report({
      range: ctx.range(stage.image.start, stage.image.end),
      message:
        `${label} ${why} but runs emulated on each target platform; its platform comes from stage ${rootLabel}, so add ` +
        `${code('--platform=$BUILDPLATFORM')} to that stage's FROM.`,
      fix: onlyThisLine(model, stage, finals) ? makeFix(`Run stage ${root.name ?? root.index} and this stage on the build platform`, 'unsafe', [flagEdit]) : undefined,
    });
  }
}
