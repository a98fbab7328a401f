import { makeFix } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import type { TextEdit } from '../../engine/types';
import { type Dependency, fileDependencies } from '../shared/compose-dependencies';
import { addToDependencyEdit } from '../shared/compose-depends-on';
import { projectDotEnv } from '../shared/compose-env';
import { reportOnce } from '../shared/compose-nodes';
import { services } from '../shared/compose-services';
import { sharedFix } from '../shared/shared-fix';
import { entryAt } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'depends-on-profiled-service',
  target: 'compose',
  category: 'references',
  severity: 'warning',
  summary: 'A service without `profiles` depends on a service that only runs under a profile.',
  docs: {
    description:
      'A service with `profiles` is only enabled when one of its profiles is active. A service without `profiles` always ' +
      'runs, so when it depends on a profiled service, a plain `docker compose up` fails: the dependency is not part of the ' +
      'project unless someone remembers `--profile`. Either give both services the profile, or mark the dependency ' +
      '`required: false` so Compose starts without it.',
    incorrect:
      'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      - debug\n  debug:\n    image: busybox:1.37\n    profiles: [debug]',
    correct:
      'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      debug:\n        condition: service_started\n        required: false\n  debug:\n    image: busybox:1.37\n    profiles: [debug]',
    fix:
      'Adds `required: false` to the dependency, rewriting a short-form `depends_on` list as the equivalent long form ' +
      '(`condition: service_started`), once for all the list\'s flagged entries (on the first finding only when there are more ' +
      'than 20). Unsafe: the service then starts without its dependency when the profile is off.',
    notes:
      'Not reported when `COMPOSE_PROFILES` in the project `.env` enables one of the dependency\'s profiles (or `*`), nor when ' +
      'the depending service has profiles itself. Services defined in other files of the project are not examined.',
  },
  fix: 'unsafe',
  aliases: ['compose-go'],
};

function profilesOf(value: Record<string, unknown>): string[] | undefined {
  const p = value.profiles;
  if (!Array.isArray(p) || p.length === 0) return undefined;
  return p.map(String);
}

export function check(ctx: RuleContext<ComposeModel>): void {
  const all = services(ctx.model);
  const profiled = new Map<string, string[]>();
  const unprofiled = new Set<string>();
  for (const s of all) {
    const p = profilesOf(s.value);
    if (p) profiled.set(s.name, p);
    else unprofiled.add(s.name);
  }
  if (profiled.size === 0) return;
  const env = projectDotEnv(ctx.fileName, ctx.fs);
  const active = (env?.get('COMPOSE_PROFILES') ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '');
  const findings = fileDependencies(ctx.model).filter((dep) => {
    if (dep.via !== 'depends_on' || dep.optional || profilesOf(dep.from.value)) return false;
    const profiles = profiled.get(dep.to);
    // A service also defined without profiles in another document of the file is always there.
    if (!profiles || unprofiled.has(dep.to)) return false;
    return !(profiles.some((p) => p.includes('$')) || active.includes('*') || profiles.some((p) => active.includes(p)));
  });
  const report = reportOnce(ctx);
  // Each service's flagged dependencies, gathered once (not filtered out of all findings again for each of them).
  const flaggedOf = new Map<Dependency['from'], string[]>();
  for (const dep of findings) {
    const list = flaggedOf.get(dep.from);
    if (list) list.push(dep.to);
    else flaggedOf.set(dep.from, [dep.to]);
  }
  // A short-form list is rewritten once for all its flagged entries: that one edit serves each of them.
  const listRewrites = new Map<Dependency['from'], TextEdit | undefined>();
  const reportedOf = new Map<Dependency['from'], number>();
  for (const dep of findings) {
    const profiles = profiled.get(dep.to) ?? [];
    const siblings = flaggedOf.get(dep.from)!;
    const shortForm = Array.isArray(dep.from.value.depends_on);
    let edit = shortForm ? listRewrites.get(dep.from) : undefined;
    if (!shortForm || !listRewrites.has(dep.from)) {
      const pair = entryAt(dep.from.doc, [...dep.from.path, 'depends_on']);
      edit = pair && !pair.viaAlias ? addToDependencyEdit(ctx.document, ctx.model.text, pair, dep.to, 'required: false', entryAt(dep.from.doc, dep.from.path)?.value, new Set(siblings)) : undefined;
      if (shortForm) listRewrites.set(dep.from, edit);
    }
    const index = reportedOf.get(dep.from) ?? 0;
    reportedOf.set(dep.from, index + 1);
    if (shortForm) edit = sharedFix(edit, index, siblings.length);
    const list = profiles.map(code).join(', ');
    report({
      range: ctx.range(dep.start, dep.end),
      message:
        `Service ${code(dep.from.name)} always runs but depends on ${code(dep.to)}, which only runs with profile ${list}: ` +
        '`up` without that profile fails.',
      fix: edit ? makeFix(`Add required: false to ${shortForm && siblings.length > 1 ? `dependencies on ${listed(siblings)}` : `the dependency on ${dep.to}`}`, 'unsafe', [edit]) : undefined,
    });
  }
}

/** Names for a fix title: all of a few, else the first three and how many more. */
function listed(names: readonly string[]): string {
  return names.length <= 5 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}
