import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import type { ComposeModel } from '../../model/compose/types';
import { reportUndefinedServices } from '../shared/undefined-services';

export const meta: ComposeRuleMeta = {
  id: 'depends-on-undefined-service',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'A service depends on a service that is not defined.',
  docs: {
    description:
      '`depends_on` orders startup and, with `condition:`, waits for health. Naming a service that no file of the project ' +
      'defines makes `docker compose up` and `config` fail with "depends on undefined service". Usually a typo, or the ' +
      'service lives in a file that is not loaded together with this one.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      - dbb\n  db:\n    image: postgres:17',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      - db\n  db:\n    image: postgres:17',
    fix: 'Renames the dependency to the nearest defined service. Unsafe: only you know which service was meant.',
    notes:
      'Services defined in `compose.override.yaml`, the base `compose.yaml` (for `x.override.yml`, `x.yml`) or `include`d ' +
      'files next to this file count as defined; for a partial file (a service with no `image` or `build`) with no base ' +
      'beside it, the base one folder up counts too. Links, `extends`, `volumes_from` and `network_mode: service:…` are ' +
      '`service-reference-undefined`\'s. Silent when an `include` cannot be read (no file system, a missing file, a path ' +
      'with a variable), or a partial file\'s base cannot be found: that file may define it.',
  },
  fix: 'unsafe',
  aliases: ['compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  reportUndefinedServices(ctx, { depends_on: 'depends on' });
}
