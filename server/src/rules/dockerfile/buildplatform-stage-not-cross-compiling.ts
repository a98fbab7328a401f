import { eolOf, insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { Fix, TextEdit } from '../../engine/types';
import { code } from '../../engine/text';
import { shellCommands } from '../../model/dockerfile/queries';
import { commandName, effectiveArgs } from '../../model/dockerfile/queries';
import type { DockerfileModel, Stage } from '../../model/dockerfile/types';
import type { ShellWord } from '../../model/shell';
import { sharedFix } from '../shared/shared-fix';
import { consumers, runsOnBuildPlatform, stageBody } from '../shared/cross-compile';

export const meta: DockerfileRuleMeta = {
  id: 'buildplatform-stage-not-cross-compiling',
  target: 'dockerfile',
  category: 'multi-arch',
  severity: 'warning',
  summary: 'A stage on `$BUILDPLATFORM` compiles native code for the build machine and ships it to the target.',
  docs: {
    description:
      '`FROM --platform=$BUILDPLATFORM` runs the stage natively on the build machine, which is right for a compiler only if ' +
      'the compiler is told the target: `GOOS=$TARGETOS GOARCH=$TARGETARCH` for Go, `--target` for Cargo, `-r`/`-a` from ' +
      '`$TARGETARCH` for .NET. Without that, a multi-platform image ships the build machine\'s binaries to every platform, ' +
      'and the arm64 variant fails with "exec format error".',
    incorrect: 'FROM --platform=$BUILDPLATFORM golang:1.25 AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app',
    correct: 'FROM --platform=$BUILDPLATFORM golang:1.25 AS build\nARG TARGETOS TARGETARCH\nRUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app',
    fix:
      'For Go: declares `ARG TARGETOS TARGETARCH` in the stage and prefixes each `go build` with ' +
      '`GOOS=$TARGETOS GOARCH=$TARGETARCH`, all of the stage\'s builds in one fix (on the first finding only when the stage ' +
      'has more than 20). Unsafe: cgo builds also need a cross C toolchain.',
    notes:
      'Reported only when another stage that runs on the target platform copies from this one. `GOOS`/`GOARCH` (or ' +
      '`CARGO_BUILD_TARGET`) set anywhere in the stage, by ENV or in the shell, and cross-compiling wrappers such as ' +
      '`xx-go`, `xx-cargo`, `go` after `xx-go --wrap` and `go` from the old `tonistiigi/xx:golang` image count as targeting. `go install tool@version` is taken as a build-time tool and left alone.',
  },
  fix: 'unsafe',
  aliases: [],
};

interface Hit {
  word: ShellWord;
  what: string;
  /** The word to prefix with `GOOS=… GOARCH=…` (Go only). */
  goWord?: ShellWord;
}

function untargetedBuilds(stage: Stage, body: string): Hit[] {
  const hits: Hit[] = [];
  // `xx-go --wrap` makes the stage's `go` build for the target platform.
  // So does the old `tonistiigi/xx:golang` image, whose `go` wrapper reads `TARGETPLATFORM`, copied into the stage.
  const goTargeted = /\bGO(ARCH|OS)\b/.test(body) || /\bxx-go[ \t]+--wrap\b/.test(body) || /--from=["']?tonistiigi\/xx:golang\b/i.test(body);
  const cargoTargeted = /\bCARGO_BUILD_TARGET\b/.test(body);
  for (const { command } of shellCommands(stage.instructions)) {
    const args = effectiveArgs(command);
    const name = commandName(command);
    const sub = args[1];
    if (!sub) continue;
    // `go install tool@version` fetches a tool for the build itself; only local builds are shipped.
    const remoteTool = sub.value === 'install' && args.slice(2).some((a) => a.value.includes('@'));
    if (name === 'go' && (sub.value === 'build' || sub.value === 'install') && !goTargeted && !remoteTool) {
      hits.push({ word: sub, what: `${code('go ' + sub.value)} has no ${code('GOOS')}/${code('GOARCH')}`, goWord: args[0] });
    } else if (name === 'cargo' && sub.value === 'build' && !cargoTargeted && !args.some((a) => a.value === '--target' || a.value.startsWith('--target='))) {
      hits.push({ word: sub, what: `${code('cargo build')} has no ${code('--target')}` });
    } else if (name === 'dotnet' && sub.value === 'publish') {
      const k = args.findIndex((a) => a.value === '-r' || a.value === '--runtime');
      const rid = k >= 0 ? args[k + 1] : undefined;
      if (rid && !rid.expansion) hits.push({ word: rid, what: `${code('dotnet publish')} targets the constant runtime ${code(rid.value)}` });
    }
  }
  return hits;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { model } = ctx;
  const eol = eolOf(model.text);
  for (const stage of model.stages) {
    // The flag counts on the chain's first stage (and so for every stage built from it), never on a later one.
    if (!runsOnBuildPlatform(stage)) continue;
    const { copiers } = consumers(model, stage);
    if (!copiers.some((s) => !runsOnBuildPlatform(s))) continue;
    const hits = untargetedBuilds(stage, stageBody(stage, model.text));
    if (hits.length === 0) continue;
    const goWords = hits.filter((h) => h.goWord).map((h) => h.goWord as ShellWord);
    let fix: Fix | undefined;
    if (goWords.length === hits.length) {
      const missing = ['TARGETOS', 'TARGETARCH'].filter((n) => !stage.instructions.some((i) => i.keyword === 'ARG' && i.scope.has(n)));
      const edits: TextEdit[] = goWords.map((w) => insertEdit(ctx.document, w.start, 'GOOS=$TARGETOS GOARCH=$TARGETARCH '));
      if (missing.length > 0) edits.unshift(insertEdit(ctx.document, stage.from.end, `${eol}ARG ${missing.join(' ')}`));
      fix = makeFix('Build Go for the target platform', 'unsafe', edits);
    }
    hits.forEach((hit, k) => {
      ctx.report({
        range: ctx.range(hit.word.start, hit.word.end),
        message: `${hit.what}, so this \`$BUILDPLATFORM\` stage builds for the build machine and ships that binary to every target platform.`,
        // One targeted build makes the rule read the whole stage as targeted, so the fix targets all of them.
        fix: sharedFix(fix, k, hits.length),
      });
    });
  }
}
