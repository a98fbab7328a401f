import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { isRecord, keySpan, services } from '../shared/compose-services';

export const meta: ComposeRuleMeta = {
  id: 'build-dockerfile-and-inline',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: '`build.dockerfile` and `build.dockerfile_inline` are both set.',
  docs: {
    description:
      '`build.dockerfile` names a Dockerfile and `build.dockerfile_inline` holds one in the compose file; Compose cannot ' +
      'use both and refuses the file. Keep the one you mean.',
    incorrect: 'services:\n  web:\n    build:\n      context: .\n      dockerfile: Dockerfile\n      dockerfile_inline: |\n        FROM nginx:1.27',
    correct: 'services:\n  web:\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM nginx:1.27',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const service of services(ctx.model)) {
    const build = service.value.build;
    if (!isRecord(build) || !('dockerfile' in build) || !('dockerfile_inline' in build)) continue;
    const span = keySpan(service.doc, [...service.path, 'build', 'dockerfile_inline']);
    if (!span) continue;
    ctx.report({
      range: ctx.range(span[0], span[1]),
      message: `Service ${code(service.name)} sets both \`build.dockerfile\` and \`build.dockerfile_inline\`: keep one.`,
    });
  }
}
