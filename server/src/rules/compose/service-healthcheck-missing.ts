import { isMap } from 'yaml';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { keyName } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { addHealthcheckFix, composeHealthcheck, dockerfileHealthcheck } from '../shared/compose-healthcheck';
import { eachService, findPair, reportOnce, scalarString, stringAt, valueOf } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'service-healthcheck-missing',
  target: 'compose',
  category: 'security',
  severity: 'off',
  summary: 'A long-running service has no healthcheck.',
  docs: {
    description:
      'Without a healthcheck Docker only knows whether the process runs, not whether it works: a hung server stays "up", ' +
      'dependants cannot wait for it with `service_healthy`, and orchestrators cannot replace it.',
    incorrect: 'services:\n  api:\n    image: acme/api:1.4\n',
    correct: 'services:\n  api:\n    image: acme/api:1.4\n    healthcheck:\n      test: ["CMD", "wget", "-q", "--spider", "http://localhost:8080/health"]\n',
    fix: 'Adds a `healthcheck:` template. Unsafe: adapt the probe to the service.',
    notes:
      'The Compose twin of the Dockerfile rule `healthcheck-missing` (rule ids are unique, hence the `service-` prefix). Off ' +
      'by default (a hardening check, as in KICS). Not reported when the local Dockerfile the service builds has a ' +
      '`HEALTHCHECK`, nor for one-shot services: `restart: "no"` written out, or a service others wait for with ' +
      '`service_completed_successfully`. An image-only service may get a `HEALTHCHECK` from its image, which cannot be ' +
      'checked offline, so it is reported.',
  },
  fix: 'unsafe',
  aliases: ['KICS:698ed579'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  const services = eachService(ctx.model);
  const oneShot = new Set<string>();
  for (const s of services) {
    const deps = valueOf(s.doc, s.body, 'depends_on');
    if (!isMap(deps)) continue;
    for (const pair of deps.items) {
      const spec = isMap(pair.value) ? pair.value : undefined;
      const name = keyName(pair);
      if (name && spec && scalarString(ctx.model, valueOf(s.doc, spec, 'condition'))?.text === 'service_completed_successfully') oneShot.add(name);
    }
  }
  for (const s of services) {
    if (oneShot.has(s.name) || stringAt(ctx.model, s.doc, s.body, 'restart')?.text === 'no') continue;
    const own = composeHealthcheck(ctx.model, s.doc, s.body);
    if (own !== 'none') continue;
    if (dockerfileHealthcheck(ctx, s.doc, s.body) === 'defined') continue;
    report({
      range: ctx.range(s.keyStart, s.keyEnd),
      message: `Service ${code(s.name)} has no healthcheck: Docker cannot tell whether it works, only whether it runs.`,
      // A healthcheck key with timings only gets no template: a second `healthcheck:` would be a duplicate key.
      fix: findPair(s.doc, s.body, 'healthcheck') ? undefined : addHealthcheckFix(ctx, s.body, s.name),
    });
  }
}
