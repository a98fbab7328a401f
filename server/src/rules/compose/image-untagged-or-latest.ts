import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { servicesElsewhere } from '../../model/compose/project';
import type { ComposeModel } from '../../model/compose/types';
import { serviceImage } from '../shared/compose-images';
import { eachService, reportOnce } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'image-untagged-or-latest',
  target: 'compose',
  category: 'services',
  severity: 'warning',
  summary: 'A service image has no tag, or uses `latest`.',
  docs: {
    description:
      'An image without a tag means `latest`, which moves whenever the publisher pushes: two machines, or the same machine ' +
      'before and after a `pull`, run different software from the same file. A new major version can arrive unannounced ' +
      '(a database upgrade that cannot read the old data directory). Pin a version, or a digest for full reproducibility.',
    incorrect: 'services:\n  db:\n    image: postgres\n',
    correct: 'services:\n  db:\n    image: postgres:17.5\n',
    notes:
      'Not reported: services that also `build`, here or in another file of the project (the override or base file, an ' +
      '`include`: the image names the build output), digests, and values Compose only knows ' +
      'after interpolation. A default counts: `postgres:${PG_VERSION:-16}` is judged on `16`.',
  },
  fix: 'none',
  aliases: ['dclint:service-image-require-explicit-tag', 'Trivy:USR-COMPOSE-0001'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  let builtElsewhere: Set<string> | undefined;
  for (const s of eachService(ctx.model)) {
    const image = serviceImage(ctx.model, s.doc, s.body);
    if (!image || image.hasBuild || image.ref.digest) continue;
    const tag = image.ref.tag;
    if (tag !== undefined && tag !== 'latest') continue;
    // The override file (or the base, an include) may build it: then the image names the build's output.
    if ((builtElsewhere ??= servicesElsewhere(ctx.model, ctx.fileName, ctx.fs, 'build')).has(s.name)) continue;
    report({
      range: ctx.range(image.str.start, image.str.end),
      message:
        tag === undefined
          ? `Image ${code(image.resolved)} of service ${code(s.name)} has no tag, so it runs whatever \`latest\` is: pin a version.`
          : `Image ${code(image.resolved)} of service ${code(s.name)} uses the moving \`latest\` tag: pin a version.`,
    });
  }
}
