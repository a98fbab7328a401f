import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { projectComplete, servicesElsewhere } from '../../model/compose/project';
import type { ComposeModel } from '../../model/compose/types';
import { keySpan, services } from '../shared/compose-services';

export const meta: ComposeRuleMeta = {
  id: 'service-missing-image-or-build',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'A service has none of `image`, `build` or `provider`.',
  docs: {
    description:
      'Compose needs to know where a service\'s container comes from: an `image` to pull, a `build` to run, or a ' +
      '`provider`. Without any of them `docker compose config` fails with "has neither an image nor a build context ' +
      'specified".',
    incorrect: 'services:\n  web:\n    ports:\n      - "8080:80"',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"',
    notes:
      'Keys merged with `<<` count. A service that uses `extends`, or that another file of the project (the base or ' +
      'override file, an `include`) also defines, is not reported: the missing key may come from there. Nor is a file ' +
      'with no base beside it or one folder up (loaded with `-f` from elsewhere): its base is unknown.',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  let elsewhere: Set<string> | undefined;
  for (const service of services(ctx.model)) {
    const v = service.value;
    if ('image' in v || 'build' in v || 'provider' in v || 'extends' in v) continue;
    // A file whose base could not be found may be given its image there.
    if (!projectComplete(ctx.model, ctx.fileName, ctx.fs)) return;
    elsewhere ??= servicesElsewhere(ctx.model, ctx.fileName, ctx.fs);
    if (elsewhere.has(service.name)) continue;
    const span = keySpan(service.doc, service.path);
    if (!span) continue;
    ctx.report({
      range: ctx.range(span[0], span[1]),
      message: `Service ${code(service.name)} has neither \`image\` nor \`build\` (nor \`provider\`): Compose cannot create its container.`,
    });
  }
}

