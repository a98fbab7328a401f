/** Shared judgement of secret-looking ARG/ENV values and the build-secret fix both secret rules offer. */
import { findSecretTokens, isSecretName, SecretTokenHit } from '../../knowledge/dockerfile';
import { makeFix } from '../../engine/edits';
import type { Fix } from '../../engine/types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Assignment } from './arg-env';
import { replaceInstructionEdit } from './instruction-edits';

const FLAG_VALUES = new Set(['true', 'false', 'yes', 'no', '0', '1', 'on', 'off', 'none', 'null']);

/** A non-empty literal on a secret-named key: not a variable, a file path or a flag value. */
export function isLiteralSecretValue(a: Assignment): boolean {
  const value = a.value;
  if (value === undefined || value.includes('$') || !mayBeSecretValue(value)) return false;
  // The name last: it is the costliest test.
  return isSecretName(a.name) && !holdsPublicKeyIds(a);
}

/**
 * A value that can hold a secret: not empty, not a file path (`/run/secrets/db`, `./key.pem`, `~/.netrc`) and not a
 * flag (`true`, `off`, `none`). Shared by the Dockerfile and Compose secret rules.
 */
export function mayBeSecretValue(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.startsWith('/') || trimmed.startsWith('./') || trimmed.startsWith('~/')) return false;
  return !FLAG_VALUES.has(trimmed.toLowerCase());
}

/**
 * A GPG, PGP or release key variable set to key fingerprints or long key IDs (`ENV GPG_KEY 7169605F…` in official
 * images, `ARG GHC_RELEASE_KEY='88B57FCF…'` in haskell's, to verify a download): they name public keys, so nothing
 * secret is stored.
 */
export function holdsPublicKeyIds(a: Assignment): boolean {
  const value = a.value?.trim().replace(/^(["'])(.*)\1$/, '$2');
  if (!value || !/(^|_)(gpg|pgp|release)(_|$)/i.test(a.name)) return false;
  return value.split(/\s+/).every((id) => /^(0x)?([0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})$/.test(id));
}

/** Known credential formats inside the value. */
export function tokenHits(a: Assignment): SecretTokenHit[] {
  return a.value === undefined ? [] : findSecretTokens(a.value);
}

/** `secret-literal-value` reports this assignment (and `secret-in-arg-or-env` then stays quiet on it). */
export function hasLiteralSecret(a: Assignment): boolean {
  return isLiteralSecretValue(a) || tokenHits(a).length > 0;
}

/**
 * Replaces a single-assignment ARG/ENV with a commented `RUN --mount=type=secret` skeleton. Undefined when
 * the instruction sets several names (the skeleton would drop the others).
 */
export function buildSecretFix(document: TextDocument, a: Assignment): Fix | undefined {
  if (a.siblings !== 1) return undefined;
  const id = a.name.toLowerCase().replace(/_/g, '-');
  return makeFix(`Pass ${a.name} as a build secret`, 'unsafe', [
    replaceInstructionEdit(document, a.instruction, [
      `# ${a.name} is a secret: pass it with \`docker build --secret id=${id},env=${a.name}\` and read it only where needed:`,
      `# RUN --mount=type=secret,id=${id},env=${a.name} <command>`,
    ]),
  ]);
}
