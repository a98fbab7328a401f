import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, findPair, keyRange, reportOnce } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'build-and-image',
  target: 'compose',
  category: 'services',
  severity: 'info',
  summary: 'A service has both `build` and `image` but no `pull_policy`.',
  docs: {
    description:
      'With both keys, `image` names the image the build produces. That is legitimate, but whether `up` builds or pulls ' +
      'that name depends on `pull_policy` and on what exists locally: a teammate may silently run an old image from a ' +
      'registry instead of the code in front of them. Setting `pull_policy` (`build`, `missing`, `never`…) makes the choice ' +
      'explicit.',
    incorrect: 'services:\n  api:\n    build: .\n    image: ghcr.io/acme/api:dev\n',
    correct: 'services:\n  api:\n    build: .\n    image: ghcr.io/acme/api:dev\n    pull_policy: build\n',
  },
  fix: 'none',
  aliases: ['dclint:no-build-and-image'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    const image = findPair(s.doc, s.body, 'image');
    if (!image || !findPair(s.doc, s.body, 'build') || findPair(s.doc, s.body, 'pull_policy')) continue;
    const r = keyRange(image);
    if (!r) continue;
    report({
      range: ctx.range(r[0], r[1]),
      message: `Service ${code(s.name)} has both \`build\` and \`image\`: set \`pull_policy\` to say whether \`up\` builds or pulls it.`,
    });
  }
}
