import { Document, isMap, isScalar, YAMLMap } from 'yaml';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { keyName, nodeRange } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { addHealthcheckFix, composeHealthcheck, dockerfileHealthcheck } from '../shared/compose-healthcheck';
import { eachService, findPair, reportOnce, scalarString, valueOf } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'depends-on-healthy-without-healthcheck',
  target: 'compose',
  category: 'services',
  severity: 'error',
  summary: '`condition: service_healthy` waits for a service that has no healthcheck.',
  docs: {
    description:
      '`service_healthy` waits until the dependency reports healthy, which needs a healthcheck. Without one, `up` fails ' +
      'with "container … has no healthcheck configured". The healthcheck can come from the service\'s `healthcheck:` or from ' +
      'a `HEALTHCHECK` in the image it builds.',
    incorrect:
      'services:\n  api:\n    image: acme/api:1.4\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:17\n    healthcheck:\n      disable: true\n',
    correct:
      'services:\n  api:\n    image: acme/api:1.4\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:17\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n',
    fix:
      'Adds a `healthcheck:` template to the dependency when it has no `healthcheck:` key at all. Unsafe: adapt the probe ' +
      'to what the service answers.',
    notes:
      'An error when the healthcheck is provably missing: disabled in the compose file, or absent from both the compose ' +
      'file and the target stage chain of a local Dockerfile the service builds. A service that only names an `image` and ' +
      'has no `healthcheck:` may still get one from a `HEALTHCHECK` in that image, which cannot be checked offline: that ' +
      'case is a warning (while the rule\'s severity is not configured). Not reported when the service uses `extends` (the ' +
      'healthcheck may come from there) or builds from a Dockerfile that cannot be read.',
  },
  fix: 'unsafe',
  aliases: [],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  const services = eachService(ctx.model);
  // The first service of each name, looked up for every healthy dependency (a search of all was quadratic).
  let firstNamed: Map<string, (typeof services)[number]> | undefined;
  for (const s of services) {
    const deps = valueOf(s.doc, s.body, 'depends_on');
    if (!isMap(deps)) continue;
    for (const pair of deps.items) {
      const name = keyName(pair);
      const spec = isMap(pair.value) ? pair.value : undefined;
      const conditionNode = spec ? valueOf(s.doc, spec, 'condition') : null;
      // Most conditions are another word: ruled out on the value before reading the scalar's text.
      if (!name || !isScalar(conditionNode) || conditionNode.value !== 'service_healthy') continue;
      if (scalarString(ctx.model, conditionNode)?.text !== 'service_healthy') continue;
      if (!firstNamed) {
        firstNamed = new Map();
        for (const t of services) if (!firstNamed.has(t.name)) firstNamed.set(t.name, t);
      }
      const target = firstNamed.get(name);
      if (!target) continue;
      const own = composeHealthcheck(ctx.model, target.doc, target.body);
      if (own === 'defined') continue;
      const r = nodeRange(pair.key as never);
      if (!r) continue;
      // A `healthcheck:` with only timings gets no template: a second `healthcheck:` key would be a duplicate.
      const fix = own === 'none' && !findPair(target.doc, target.body, 'healthcheck') ? addHealthcheckFix(ctx, target.body, name) : undefined;
      const image = own === 'none' ? imageOnly(ctx.model, target.doc, target.body) : undefined;
      if (image !== undefined) {
        // The image may bring its own HEALTHCHECK: likely a failure, not a certain one.
        report({
          range: ctx.range(r[0], r[1]),
          message:
            `Service ${code(s.name)} waits for ${code(name)} to be healthy, but ${code(name)} has no healthcheck in the compose ` +
            `file; \`up\` fails unless its image ${code(image)} defines a HEALTHCHECK.`,
          fix,
          severity: 'warning',
        });
        continue;
      }
      let why: string;
      if (own === 'disabled') why = 'its healthcheck is disabled';
      else {
        const fromDockerfile = dockerfileHealthcheck(ctx, target.doc, target.body);
        if (fromDockerfile === undefined || fromDockerfile === 'defined') continue;
        why = fromDockerfile === 'disabled' ? 'its Dockerfile disables the healthcheck' : 'neither the compose file nor its Dockerfile defines one';
      }
      report({
        range: ctx.range(r[0], r[1]),
        message: `Service ${code(s.name)} waits for ${code(name)} to be healthy, but ${code(name)} has no healthcheck: ${why}.`,
        fix,
      });
    }
  }
}

/** The `image:` of a service that neither builds nor extends another one; undefined otherwise. */
function imageOnly(model: ComposeModel, doc: Document, body: YAMLMap): string | undefined {
  if (findPair(doc, body, 'build') || findPair(doc, body, 'extends')) return undefined;
  return scalarString(model, valueOf(doc, body, 'image'))?.text;
}
