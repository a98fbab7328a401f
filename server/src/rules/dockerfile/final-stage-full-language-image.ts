import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { describeImage, finalImageCandidates, mentionsCommand, stageText, variantFix } from '../shared/final-image';

export const meta: DockerfileRuleMeta = {
  id: 'final-stage-full-language-image',
  target: 'dockerfile',
  category: 'base-image',
  severity: 'info',
  summary: 'The final stage runs on a full-size language image where a smaller variant exists.',
  docs: {
    description:
      'The default `python`, `node` and `ruby` tags are built on `buildpack-deps`: compilers, headers and hundreds of ' +
      'packages the application never uses at run time. The `-slim` variant of the same version is several hundred MB ' +
      'smaller and has far fewer packages to patch. Likewise the .NET SDK image is for building (run on `aspnet` or ' +
      '`runtime`), and a Go or Rust binary needs no toolchain at all.',
    incorrect: 'FROM python:3.13\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]',
    correct: 'FROM python:3.13-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]',
    fix:
      'Switches to the slim tag of the same version (`python:3.13` → `python:3.13-slim`, `node:22-bookworm` → ' +
      '`node:22-bookworm-slim`) or from the .NET SDK to `aspnet`. Unsafe: slim images lack compilers and some libraries ' +
      'that native packages may need at install time.',
    notes:
      'Exempt: final stages named `dev`, `development`, `test` or `ci`, and Dockerfiles under `.devcontainer/`. A ' +
      'single-stage file that installs a compiler toolchain, or builds with the Go, Rust or .NET toolchain, gets a "use a ' +
      'multi-stage build" message without a fix. Go and Rust images get advice but no fix: the right runtime image depends ' +
      'on how the binary is linked.',
  },
  fix: 'unsafe',
  aliases: [],
};

const DEV_STAGE_NAMES = new Set(['dev', 'development', 'test', 'tests', 'ci']);
const TOOLCHAIN_PACKAGES = ['build-essential', 'build-base', 'gcc', 'g\\+\\+', 'make', 'clang', 'musl-dev', 'libc6?-dev', 'python3?-dev'];

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const c of finalImageCandidates(ctx, ['full-language', 'sdk', 'toolchain'])) {
    if (c.stage.name !== undefined && DEV_STAGE_NAMES.has(c.stage.name)) continue;
    const range = ctx.range(c.image.start, c.image.end);
    const runText = stageText(c.stage, ctx.model.text, new Set(['RUN']));
    const compiles = c.variant.kind !== 'full-language' || mentionsCommand(runText, TOOLCHAIN_PACKAGES);
    if (ctx.model.stages.length === 1 && compiles) {
      ctx.report({
        range,
        message: `${describeImage(c.image)} both builds and runs the application; use a multi-stage build and copy the result into a smaller image.`,
      });
      continue;
    }
    ctx.report({ range, message: `${describeImage(c.image)} in the final stage: ${c.variant.message}`, fix: variantFix(ctx, c) });
  }
}
