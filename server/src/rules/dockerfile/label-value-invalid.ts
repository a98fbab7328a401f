import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { LabelType, labelEntries, labelSchema } from '../shared/labels';
import { isSpdxLicenseId } from '../shared/spdx';

export const meta: DockerfileRuleMeta = {
  id: 'label-value-invalid',
  target: 'dockerfile',
  category: 'labels',
  severity: 'off',
  summary: 'A schema label whose value does not fit its declared type (empty, URL, date, SPDX, hash, semver, email).',
  docs: {
    description:
      'Labels are read by machines: a registry links `org.opencontainers.image.source`, a scanner reads the licence, a ' +
      'deploy tool compares versions. A value of the wrong shape is silently useless. The label schema declares a type ' +
      'per key and this rule checks each value against it.',
    incorrect: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="github.com/acme/api"',
    correct: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/acme/api"',
    notes:
      'Types: `text` (not empty), `url` (absolute URL with a scheme and host), `rfc3339` (timestamp like ' +
      '`2026-11-23T10:00:00Z`), `spdx` (an SPDX licence id or expression of them), `hash` (7 or 40 lower-case hex digits, ' +
      'a git commit), `semver`, `email`. Every schema label must also be non-empty (DL3051). Values holding a variable are ' +
      'not judged. Without a schema the rule reports nothing, as in hadolint. SPDX ids are checked against a list of ' +
      'about a hundred common licences plus `LicenseRef-…`.',
  },
  fix: 'none',
  aliases: ['DL3051', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3058'],
  options: { schema: {} },
};

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
const RFC3339 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const DESCRIPTIONS: Record<LabelType, string> = {
  text: 'text',
  url: 'an absolute URL',
  rfc3339: 'an RFC 3339 timestamp',
  spdx: 'an SPDX licence identifier',
  hash: 'a git commit hash (7 or 40 lower-case hex digits)',
  semver: 'a semantic version',
  email: 'an email address',
};

/** True when the value fits the type. */
export function fitsType(type: LabelType, value: string): boolean {
  switch (type) {
    case 'text':
      return value.trim() !== '';
    case 'url':
      try {
        const u = new URL(value);
        return /^[a-z][a-z0-9+.-]*:$/i.test(u.protocol) && u.host !== '';
      } catch {
        return false;
      }
    case 'rfc3339':
      return RFC3339.test(value);
    case 'spdx':
      return value
        .replace(/[()]/g, ' ')
        .split(/\s+(?:AND|OR|WITH)\s+|\s+/)
        .filter((t) => t !== '')
        .every((t) => isSpdxLicenseId(t.replace(/\+$/, '')));
    case 'hash':
      return /^([0-9a-f]{7}|[0-9a-f]{40})$/.test(value);
    case 'semver':
      return SEMVER.test(value);
    case 'email':
      return EMAIL.test(value);
  }
}

/** It reads only LABEL instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'LABEL');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const schema = labelSchema(ctx.options);
  if (schema.size === 0) return;
  for (const label of labelEntries(ctx.model)) {
    const type = schema.get(label.key);
    if (!type || label.value.includes('$')) continue;
    if (label.value.trim() === '') {
      ctx.report({ range: ctx.range(label.keyStart, label.valueEnd), message: `Label ${code(label.key)} is empty.` });
      continue;
    }
    if (fitsType(type, label.value)) continue;
    ctx.report({
      range: ctx.range(label.valueStart, label.valueEnd),
      message: `Label ${code(label.key)} should be ${DESCRIPTIONS[type]}, not ${code(label.value)}.`,
    });
  }
}
