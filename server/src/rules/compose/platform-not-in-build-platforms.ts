import { makeFix } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { appendListItemEdit } from '../shared/compose-list-edits';
import { reportOnce } from '../shared/compose-nodes';
import { isInterpolated, isRecord, services, valueSpan } from '../shared/compose-services';
import { entryAt } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'platform-not-in-build-platforms',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'A service `platform` that its `build.platforms` list does not include.',
  docs: {
    description:
      '`build.platforms` lists the platforms the image is built for, and `platform` picks the one the container runs. ' +
      'When the running platform is not among the built ones there is no image to run, so Compose refuses the file ' +
      '("build.platforms MUST include service.platform").',
    incorrect:
      'services:\n  app:\n    platform: linux/arm64\n    build:\n      context: .\n      platforms:\n        - linux/amd64',
    correct:
      'services:\n  app:\n    platform: linux/arm64\n    build:\n      context: .\n      platforms:\n        - linux/amd64\n        - linux/arm64',
    fix: 'Adds the service\'s platform to `build.platforms`. Unsafe: the build then also produces an image for that platform, which may need emulation or fail; maybe `platform` was the line to change.',
    notes: 'Platforms are compared exactly as written, as Compose does. Values holding `${…}` are not judged.',
  },
  fix: 'unsafe',
  aliases: ['compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const service of services(ctx.model)) {
    const platform = service.value.platform;
    const build = service.value.build;
    if (typeof platform !== 'string' || platform === '' || isInterpolated(platform) || !isRecord(build)) continue;
    const platforms = build.platforms;
    if (!Array.isArray(platforms) || platforms.length === 0) continue;
    if (platforms.some((p) => typeof p !== 'string' || isInterpolated(p))) continue;
    if (platforms.includes(platform)) continue;
    const span = valueSpan(service.doc, [...service.path, 'platform']);
    if (!span) continue;
    const list = entryAt(service.doc, [...service.path, 'build', 'platforms']);
    const edit = list && !list.viaAlias ? appendListItemEdit(ctx.document, ctx.model.text, list.value, platform) : undefined;
    report({
      range: ctx.range(span[0], span[1]),
      message: `Service ${code(service.name)} runs on ${code(platform)}, which its \`build.platforms\` (${platforms.map(code).join(', ')}) does not include.`,
      fix: edit ? makeFix(`Add ${platform} to build.platforms`, 'unsafe', [edit]) : undefined,
    });
  }
}
