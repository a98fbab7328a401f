import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { classifySecretName } from '../../knowledge/dockerfile';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { assignments } from '../shared/arg-env';
import { buildSecretFix, hasLiteralSecret, holdsPublicKeyIds } from '../shared/secrets';

export const meta: DockerfileRuleMeta = {
  id: 'secret-in-arg-or-env',
  target: 'dockerfile',
  category: 'security',
  severity: 'warning',
  summary: 'An `ARG` or `ENV` named like a secret: its value ends up in the image.',
  docs: {
    description:
      'Build arguments are recorded in the image history (`docker history`), and ENV values are stored in the image ' +
      'configuration, where anyone who can pull the image reads them. Pass credentials as build secrets instead ' +
      '(`RUN --mount=type=secret,id=npm,env=NPM_TOKEN npm ci`), which exist only while that one RUN executes.',
    incorrect: 'FROM node:22-slim\nARG NPM_TOKEN\nRUN npm ci',
    correct: 'FROM node:22-slim\nRUN --mount=type=secret,id=npm-token,env=NPM_TOKEN npm ci',
    fix:
      'Replaces the ARG/ENV with a commented `RUN --mount=type=secret` skeleton to fill in. Unsafe: later instructions that ' +
      'read the variable must move into that RUN.',
    notes:
      'Names are split into `_`-separated words (any case): `apikey`, `auth`, `credential(s)`, `key`, `password`, `pword`, ' +
      '`passwd`, `secret` and `token` mark a secret, unless a word is `public`, `file`, `version` (as in BuildKit) or ' +
      '`path`, `dir`, `url`, `host`, `port`, `method`, `type`, or a setting about the secret (`mode`, `backend(s)`, ' +
      '`provider(s)`, `enabled`, `required`, `header`, `length`, `timeout`, `ttl`, `domain`, `insecure`, `name`). Well-known names such as `GITHUB_TOKEN` and ' +
      '`AWS_SECRET_ACCESS_KEY` always count. hadolint\'s broad substrings (`username`, `private`) are not used. A key whose ' +
      'value is a literal credential is reported by `secret-literal-value` instead. Not reported: an ENV set to an empty ' +
      'value (it only names the variable, whose value comes at run time); a GPG, PGP or release key ' +
      'name set to key fingerprints or long key IDs (public, as in official images\' `ENV GPG_KEY`), and ' +
      '`APT_KEY_DONT_WARN_ON_DANGEROUS_USAGE`.',
  },
  fix: 'unsafe',
  aliases: ['DL3064', 'BK:SecretsUsedInArgOrEnv', 'DS-0031', 'KICS:c3e1b6ae'],
};

/** It reads only ARG and ENV instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'ARG', 'ENV');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const a of assignments(ctx.model)) {
    const verdict = classifySecretName(a.name);
    if (!verdict.secret || hasLiteralSecret(a) || holdsPublicKeyIds(a)) continue;
    // `ENV API_KEY=""` only names the variable; the value comes with `docker run -e`, as it should.
    if (a.keyword === 'ENV' && a.value?.trim() === '') continue;
    const why = verdict.reason === 'known-name' ? 'a well-known credential name' : `the word ${code(verdict.word ?? '')}`;
    ctx.report({
      range: ctx.range(a.nameStart, a.nameEnd),
      message: `${code(a.keyword + ' ' + a.name)} looks like a secret (${why}); ${a.keyword} values are stored in the image.`,
      fix: buildSecretFix(ctx.document, a),
    });
  }
}
