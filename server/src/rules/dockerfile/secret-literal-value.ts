import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { article } from './secret-in-run-command';
import { assignments } from '../shared/arg-env';
import { buildSecretFix, isLiteralSecretValue, tokenHits } from '../shared/secrets';

export const meta: DockerfileRuleMeta = {
  id: 'secret-literal-value',
  target: 'dockerfile',
  category: 'security',
  severity: 'warning',
  summary: 'An `ARG` or `ENV` holds a literal credential, written into the Dockerfile and the image.',
  docs: {
    description:
      'A password or token typed into the Dockerfile is in version control, in every build log and in the image ' +
      'metadata. Rotate it, then pass it at build time as a secret (`docker build --secret`) or at run time as an ' +
      'environment variable.',
    incorrect: 'FROM postgres:17\nENV POSTGRES_PASSWORD=supersecret',
    correct: 'FROM postgres:17\nENV POSTGRES_PASSWORD_FILE=/run/secrets/postgres-password',
    fix: 'Replaces the ARG/ENV with a commented `RUN --mount=type=secret` skeleton. Unsafe: the value is no longer set.',
    notes:
      'Reported for a secret-named key (see `secret-in-arg-or-env`) with a literal value that is not a variable, a file ' +
      'path or a flag value (`true`, `false`, `yes`, `no`, `0`, `1`), and for any value in a known token format whatever ' +
      'the key: AWS access keys, GitHub, GitLab, Slack, Stripe, Google and npm tokens, JSON Web Tokens and PEM private keys. ' +
      'GPG key fingerprints and long key IDs on a GPG, PGP or release key name (`GHC_RELEASE_KEY`) are public and not reported.',
  },
  fix: 'unsafe',
  aliases: [],
};

/** It reads only ARG and ENV instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'ARG', 'ENV');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const a of assignments(ctx.model)) {
    const hits = tokenHits(a);
    const named = isLiteralSecretValue(a);
    if (!named && hits.length === 0) continue;
    const fix = buildSecretFix(ctx.document, a);
    if (hits.length > 0 && !named) {
      const quote = /^["']/.test(ctx.model.text.slice(a.valueStart, a.valueEnd)) ? 1 : 0;
      for (const hit of hits) {
        ctx.report({
          range: ctx.range(a.valueStart + quote + hit.start, a.valueStart + quote + hit.end),
          message: `${code(a.keyword + ' ' + a.name)} holds what looks like ${article(hit.format.description)}; it is stored in the image.`,
          fix,
        });
      }
      continue;
    }
    ctx.report({
      range: ctx.range(a.valueStart, a.valueEnd),
      message: `${code(a.keyword + ' ' + a.name)} is set to a literal secret, visible in the Dockerfile and the image.`,
      fix,
    });
  }
}
