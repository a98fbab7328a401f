import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { serviceImage } from '../shared/compose-images';
import { eachService, reportOnce } from '../shared/compose-nodes';

const DEFAULT_TAGS = ['stable', 'edge', 'test', 'nightly', 'dev', 'beta', 'canary', 'lts'];

export const meta: ComposeRuleMeta = {
  id: 'image-floating-tag',
  target: 'compose',
  category: 'services',
  severity: 'info',
  summary: 'A service image uses a moving tag such as `stable`, `edge` or `nightly`.',
  docs: {
    description:
      'Channel tags like `stable`, `edge`, `nightly` or `lts` are re-pointed at new releases, just like `latest`: the same ' +
      'file runs different versions over time and on different machines. Pin the version the channel currently points to.',
    incorrect: 'services:\n  proxy:\n    image: caddy:edge\n',
    correct: 'services:\n  proxy:\n    image: caddy:2.10\n',
    notes: 'The list of moving tags is the `tags` option. Services that also `build` and digests are not reported.',
  },
  fix: 'none',
  aliases: ['dclint:service-image-require-explicit-tag'],
  options: { tags: DEFAULT_TAGS },
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  const option = ctx.options.tags;
  const tags = new Set((Array.isArray(option) ? option.map(String) : DEFAULT_TAGS).map((t) => t.toLowerCase()));
  for (const s of eachService(ctx.model)) {
    const image = serviceImage(ctx.model, s.doc, s.body);
    const tag = image?.ref.tag;
    if (!image || image.hasBuild || image.ref.digest || tag === undefined || !tags.has(tag.toLowerCase())) continue;
    report({
      range: ctx.range(image.str.start, image.str.end),
      message: `Image ${code(image.resolved)} of service ${code(s.name)} uses the moving tag ${code(tag)}: pin a version.`,
    });
  }
}
