import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { lookupImageLifecycle } from '../../knowledge/dockerfile/base-images';
import { serviceImage } from '../shared/compose-images';
import { eachService, reportOnce } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'image-end-of-life',
  target: 'compose',
  category: 'services',
  severity: 'warning',
  summary: 'A service image is past its end of support or deprecated.',
  docs: {
    description:
      'An image whose runtime or distribution has reached end of life gets no more security fixes, and deprecated ' +
      'repositories stop receiving updates at all. The dates come from the same lifecycle table as the Dockerfile rule ' +
      '`base-image-end-of-life`, judged against today\'s date.',
    incorrect: 'services:\n  api:\n    image: node:16-alpine\n',
    correct: 'services:\n  api:\n    image: node:24-alpine\n',
    fix: 'Replaces the version in the tag with the successor the table names, when there is one obvious choice. Unsafe: a new major version can break the application.',
    notes: 'Images not in the table, untagged images and digests are not judged. Database lifecycles are not in the table yet.',
  },
  fix: 'unsafe',
  aliases: [],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    const image = serviceImage(ctx.model, s.doc, s.body);
    if (!image || !image.ref.tag) continue;
    const result = lookupImageLifecycle(image.ref, ctx.now);
    if (result.status !== 'eol' && result.status !== 'deprecated') continue;
    let fix;
    const tagSpan = image.ref.offsets.tag;
    const token = result.decisive?.tagSpan;
    if (result.status === 'eol' && result.replacementTag && token && tagSpan && image.literal) {
      const tag = image.ref.tag;
      const newTag = tag.slice(0, token.start) + result.replacementTag + tag.slice(token.end);
      const after = lookupImageLifecycle({ ...image.ref, tag: newTag }, ctx.now).status;
      if (after !== 'eol' && after !== 'deprecated') {
        const start = image.str.start + tagSpan.start;
        fix = makeFix(`Use tag ${newTag}`, 'unsafe', [replaceEdit(ctx.document, start, image.str.start + tagSpan.end, newTag)]);
      }
    }
    report({
      range: ctx.range(image.str.start, image.str.end),
      message: `Image ${code(image.resolved)} of service ${code(s.name)}: ${result.message}`,
      fix,
    });
  }
}
