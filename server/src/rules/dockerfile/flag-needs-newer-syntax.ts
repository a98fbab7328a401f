import type { DockerfileFacts } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { code } from '../../engine/text';
import {
  compareFrontendVersions, frontendFeatureForFlag, frontendSupports, minFrontendVersion, type FrontendFeature, type FrontendVersion,
} from '../../knowledge/dockerfile';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { directiveLines, pinnedFrontend, withTriggers, type DirectiveLine } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'flag-needs-newer-syntax',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: 'A flag or syntax is newer than the frontend pinned by `# syntax=`.',
  docs: {
    description:
      '`# syntax=docker/dockerfile:<version>` fixes the parser that reads the file. Features added after that version ' +
      'are unknown to it: heredocs and `--link` need 1.4, `ADD --checksum` 1.6, a blank after `<<` (`<< EOF`) 1.16, ' +
      '`--exclude` 1.19, `COPY --parents` and ' +
      '`RUN --security` 1.20, and `RUN --device` exists only in the `-labs` channel. The build fails with an unknown ' +
      'flag or a parse error even though the Dockerfile is right for a newer frontend.',
    incorrect: '# syntax=docker/dockerfile:1.3\nFROM alpine:3.20\nCOPY --link app /app',
    correct: '# syntax=docker/dockerfile:1.4\nFROM alpine:3.20\nCOPY --link app /app',
    fix: 'Raises the pinned version to the lowest one that has every feature the file uses. Unsafe: a newer frontend ' +
      'may parse other parts of the file differently.',
    notes: 'Silent without a `# syntax=` line (the builder\'s own frontend is used) and when it names another frontend ' +
      'or pins a digest. The `#`, `%` and `/` variable operators are `variable-modifier-unsupported`\'s.',
  },
  fix: 'unsafe',
  aliases: [],
};

interface Use {
  feature: FrontendFeature;
  start: number;
  end: number;
}

/** It needs a `# syntax=` directive. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.directives;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const pinned = pinnedFrontend(ctx.model);
  if (!pinned) return;
  // The uses of features the pinned frontend lacks, in file order.
  const missing: Use[] = [];
  const lacking = new Map<FrontendFeature, boolean>();
  const use = (feature: FrontendFeature, start: number, end: number) => {
    let lacks = lacking.get(feature);
    if (lacks === undefined) lacking.set(feature, (lacks = frontendSupports(pinned.version, feature) === false));
    if (lacks) missing.push({ feature, start, end });
  };
  for (const instruction of withTriggers(ctx.model)) {
    for (const flag of instruction.flags) {
      const feature = flagFeature(instruction.keyword, flag.name);
      if (feature) use(feature, flag.start, flag.nameEnd);
      if (instruction.keyword === 'RUN' && flag.name === 'mount' && flag.value && mountsSecretAsEnv(flag.value)) {
        use('run-mount-secret-env', flag.start, flag.end);
      }
    }
    // `<< EOF` is a heredoc from 1.16 on (and needs 1.4's heredocs, which 1.16 has).
    for (const h of instruction.heredocs) use(h.spaced ? 'heredoc-spaced' : 'heredoc', h.markerStart, h.markerEnd);
  }
  for (const d of directiveLines(ctx.model)) {
    if (d.inBlock && d.name === 'check') use('check-directive', d.nameStart, d.nameEnd);
  }
  if (missing.length === 0) return;
  const fix = bumpFix(ctx, pinned.directive, pinned.version, missing.map((u) => u.feature));
  for (const use of missing) {
    const req = minFrontendVersion(use.feature);
    const needs = req.stable ? `frontend ${req.stable}` : `the labs frontend ${req.labs}-labs`;
    ctx.report({
      range: ctx.range(use.start, use.end),
      message: `${req.description} needs ${needs}, but \`# syntax=\` pins ${code(pinned.version.tag)}.`,
      fix,
    });
  }
}

/** `frontendFeatureForFlag`, kept per keyword and flag name: every flag of every file asks (null: none). */
const featuresByKeyword = new Map<string, Map<string, FrontendFeature | null>>();

function flagFeature(keyword: string, name: string): FrontendFeature | undefined {
  let byName = featuresByKeyword.get(keyword);
  if (!byName) {
    if (featuresByKeyword.size > 100) featuresByKeyword.clear();
    featuresByKeyword.set(keyword, (byName = new Map()));
  }
  let feature = byName.get(name);
  if (feature === undefined) {
    if (byName.size > 500) byName.clear();
    byName.set(name, (feature = frontendFeatureForFlag(keyword, name) ?? null));
  }
  return feature ?? undefined;
}

/** `type=secret` with an `env=` option; the cheap test first, as most mounts are caches. */
function mountsSecretAsEnv(value: string): boolean {
  if (!/type=secret/i.test(value)) return false;
  const parts = value.split(',').map((p) => p.trim().toLowerCase());
  return parts.includes('type=secret') && parts.some((p) => p.startsWith('env='));
}

function bumpFix(ctx: RuleContext<DockerfileModel>, directive: DirectiveLine, current: FrontendVersion, features: FrontendFeature[]): Fix | undefined {
  const value = directive.value;
  const colon = value.lastIndexOf(':');
  if (value.includes('@') || colon < value.lastIndexOf('/')) return undefined;
  let labs = current.labs;
  let target = '1.0';
  for (const f of features) {
    const req = minFrontendVersion(f);
    const needed = req.stable && !(labs && req.labs) ? req.stable : req.labs;
    if (!needed) continue;
    if (!req.stable) labs = true;
    if (compareFrontendVersions(`${needed}.0`, `${target}.0`) > 0) target = needed;
  }
  const tag = `${target}${labs ? '-labs' : ''}`;
  const start = directive.valueStart + colon + 1;
  return makeFix(`Pin docker/dockerfile:${tag}`, 'unsafe', [replaceEdit(ctx.document, start, directive.valueEnd, tag)]);
}
