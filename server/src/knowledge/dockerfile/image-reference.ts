/**
 * A tolerant parser for container image references (`[registry/][namespace/]repository[:tag][@digest]`)
 * following Docker's reference grammar (distribution/reference). It never throws: problems are
 * returned as diagnostics with offsets so a rule can underline the exact part.
 */

export interface Span {
  /** Offset of the first character, relative to the parsed text. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
}

export type ImageReferenceProblem =
  | 'empty'
  | 'whitespace'
  | 'missing-repository'
  | 'uppercase-repository'
  | 'invalid-name-component'
  | 'invalid-registry'
  | 'name-too-long'
  | 'empty-tag'
  | 'invalid-tag'
  | 'tag-too-long'
  | 'invalid-digest';

export interface ImageReferenceDiagnostic {
  readonly code: ImageReferenceProblem;
  readonly message: string;
  /** The offending part, relative to the parsed text. */
  readonly span: Span;
}

export interface ImageReferenceOffsets {
  readonly registry?: Span;
  readonly namespace?: Span;
  readonly repository: Span;
  /** The whole path without registry (namespace + repository). */
  readonly name: Span;
  /** The tag without its leading `:`. */
  readonly tag?: Span;
  /** The digest without its leading `@`. */
  readonly digest?: Span;
}

export interface ParsedImageReference {
  readonly text: string;
  /** Registry host as written (`ghcr.io`, `localhost:5000`), absent for Docker Hub short names. */
  readonly registry?: string;
  /** Path components before the repository (`library`, `bitnami`, `org/team`), as written. */
  readonly namespace?: string;
  /** The last path component (`node` in `docker.io/library/node`). */
  readonly repository: string;
  /** The path without registry, as written (`library/node`, `bitnami/redis`, `node`). */
  readonly name: string;
  readonly tag?: string;
  /** `<algorithm>:<hex>`, without the `@`. */
  readonly digest?: string;
  readonly offsets: ImageReferenceOffsets;
  /** `docker.io` when the reference names no registry (or an alias of Docker Hub). */
  readonly normalizedRegistry: string;
  /** The short form Docker prints: `node`, `bitnami/redis`, `ghcr.io/org/app`. */
  readonly familiarName: string;
  /** The fully qualified name: `docker.io/library/node`. */
  readonly canonicalName: string;
  /** Empty when the reference is valid. */
  readonly diagnostics: readonly ImageReferenceDiagnostic[];
}

export const DOCKER_HUB_REGISTRY = 'docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** Longest accepted tag, per the reference grammar. */
export const MAX_TAG_LENGTH = 128;
/** Longest accepted name (registry and path), per the reference grammar. */
export const MAX_NAME_LENGTH = 255;

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const REGISTRY = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`);
const TAG = /^[\w][\w.-]*$/;
const DIGEST = /^([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*):([0-9a-fA-F]{32,})$/;
/** Hex lengths of the digest algorithms registries accept. */
const DIGEST_HEX_LENGTH: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

/** True when the first path component names a registry rather than a Docker Hub namespace. */
function looksLikeRegistry(component: string): boolean {
  // Docker also treats an upper-case first component as a host; we do not, because
  // `FROM MyOrg/app` is far more often a casing mistake than a registry called "MyOrg".
  return component.includes('.') || component.includes(':') || component === 'localhost';
}

/** Parses `text` (already variable-expanded) as an image reference. Never throws. */
const parsedCache = new Map<string, ParsedImageReference>();

/**
 * Many rules look at the same few image references on every keystroke: answers are cached (the results are
 * treated as read-only; the cache is cleared when it grows large).
 */
export function parseImageReference(text: string): ParsedImageReference {
  let parsed = parsedCache.get(text);
  if (!parsed) {
    if (parsedCache.size > 2000) parsedCache.clear();
    parsed = parseImageReferenceUncached(text);
    parsedCache.set(text, parsed);
  }
  return parsed;
}

function parseImageReferenceUncached(text: string): ParsedImageReference {
  const diagnostics: ImageReferenceDiagnostic[] = [];
  const add = (code: ImageReferenceProblem, message: string, start: number, end: number): void => {
    diagnostics.push({ code, message, span: { start, end } });
  };

  if (text.trim() === '') {
    add('empty', 'The image reference is empty.', 0, text.length);
  }
  const ws = /\s/.exec(text);
  if (ws && text.trim() !== '') {
    add('whitespace', 'An image reference cannot contain spaces or other whitespace.', ws.index, ws.index + ws[0].length);
  }

  // Digest: everything after the first '@'.
  let nameAndTagEnd = text.length;
  let digest: string | undefined;
  let digestSpan: Span | undefined;
  const at = text.indexOf('@');
  if (at >= 0) {
    nameAndTagEnd = at;
    digest = text.slice(at + 1);
    digestSpan = { start: at + 1, end: text.length };
  }

  // Tag: a ':' after the last '/' of the name part (a ':' before it is a registry port).
  const lastSlash = text.lastIndexOf('/', nameAndTagEnd - 1);
  const colon = text.indexOf(':', lastSlash + 1);
  let nameEnd = nameAndTagEnd;
  let tag: string | undefined;
  let tagSpan: Span | undefined;
  if (colon >= 0 && colon < nameAndTagEnd) {
    nameEnd = colon;
    tag = text.slice(colon + 1, nameAndTagEnd);
    tagSpan = { start: colon + 1, end: nameAndTagEnd };
  }

  // Registry: the first component, when it looks like a host.
  const fullName = text.slice(0, nameEnd);
  let pathStart = 0;
  let registry: string | undefined;
  let registrySpan: Span | undefined;
  const firstSlash = fullName.indexOf('/');
  if (firstSlash >= 0 && looksLikeRegistry(fullName.slice(0, firstSlash))) {
    registry = fullName.slice(0, firstSlash);
    registrySpan = { start: 0, end: firstSlash };
    pathStart = firstSlash + 1;
    if (!REGISTRY.test(registry)) {
      add('invalid-registry', `"${registry}" is not a valid registry host name.`, 0, firstSlash);
    }
  }

  const name = text.slice(pathStart, nameEnd);
  const nameSpan: Span = { start: pathStart, end: nameEnd };
  const lastNameSlash = name.lastIndexOf('/');
  const repository = name.slice(lastNameSlash + 1);
  const repositorySpan: Span = { start: pathStart + lastNameSlash + 1, end: nameEnd };
  const namespace = lastNameSlash >= 0 ? name.slice(0, lastNameSlash) : undefined;
  const namespaceSpan: Span | undefined = lastNameSlash >= 0 ? { start: pathStart, end: pathStart + lastNameSlash } : undefined;

  if (name === '' && text.trim() !== '') {
    add('missing-repository', 'The image reference has no repository name.', nameSpan.start, Math.max(nameSpan.end, nameSpan.start));
  } else if (name !== '') {
    let offset = pathStart;
    for (const component of name.split('/')) {
      const start = offset;
      const end = offset + component.length;
      offset = end + 1;
      if (/\s/.test(component)) continue; // already reported as whitespace
      if (/[A-Z]/.test(component) && PATH_COMPONENT.test(component.toLowerCase())) {
        add('uppercase-repository', `Repository names must be lower case: "${component}".`, start, end);
      } else if (!PATH_COMPONENT.test(component)) {
        const what = component === '' ? 'an empty path component' : `"${component}"`;
        add(
          'invalid-name-component',
          `The image name has ${what}: use lower-case letters and digits, separated by ".", "_", "__" or "-".`,
          start,
          Math.max(end, start),
        );
      }
    }
    if (nameEnd > MAX_NAME_LENGTH) {
      add('name-too-long', `The image name is ${nameEnd} characters long; the limit is ${MAX_NAME_LENGTH}.`, 0, nameEnd);
    }
  }

  if (tag !== undefined && tagSpan) {
    if (tag === '') {
      add('empty-tag', 'The tag after ":" is empty.', tagSpan.start - 1, tagSpan.end);
    } else if (tag.length > MAX_TAG_LENGTH) {
      add('tag-too-long', `The tag is ${tag.length} characters long; the limit is ${MAX_TAG_LENGTH}.`, tagSpan.start, tagSpan.end);
    } else if (!TAG.test(tag) && !/\s/.test(tag)) {
      add(
        'invalid-tag',
        `"${tag}" is not a valid tag: use letters, digits, "_", "." and "-", not starting with "." or "-".`,
        tagSpan.start,
        tagSpan.end,
      );
    }
  }

  if (digest !== undefined && digestSpan) {
    const problem = digestProblem(digest);
    if (problem && !/\s/.test(digest)) add('invalid-digest', problem, digestSpan.start - 1, digestSpan.end);
  }

  const normalizedRegistry = registry === undefined || DOCKER_HUB_ALIASES.has(registry.toLowerCase()) ? DOCKER_HUB_REGISTRY : registry;
  const hubPath = normalizedRegistry === DOCKER_HUB_REGISTRY && !name.includes('/') ? `library/${name}` : name;
  const familiarName =
    normalizedRegistry === DOCKER_HUB_REGISTRY
      ? hubPath.startsWith('library/') && hubPath.split('/').length === 2
        ? hubPath.slice('library/'.length)
        : hubPath
      : `${normalizedRegistry}/${name}`;

  return {
    text,
    ...(registry !== undefined ? { registry } : {}),
    ...(namespace !== undefined ? { namespace } : {}),
    repository,
    name,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
    offsets: {
      ...(registrySpan ? { registry: registrySpan } : {}),
      ...(namespaceSpan ? { namespace: namespaceSpan } : {}),
      repository: repositorySpan,
      name: nameSpan,
      ...(tagSpan ? { tag: tagSpan } : {}),
      ...(digestSpan ? { digest: digestSpan } : {}),
    },
    normalizedRegistry,
    familiarName,
    canonicalName: `${normalizedRegistry}/${hubPath}`,
    diagnostics,
  };
}

function digestProblem(digest: string): string | undefined {
  if (digest === '') return 'The digest after "@" is empty; expected "<algorithm>:<hex>", e.g. "sha256:…".';
  const m = DIGEST.exec(digest);
  if (!m) return `"${digest}" is not a valid digest; expected "<algorithm>:<hex>", e.g. "sha256:" followed by 64 hex digits.`;
  const algorithm = (m[1] ?? '').toLowerCase();
  const hex = m[2] ?? '';
  const expected = DIGEST_HEX_LENGTH[algorithm];
  if (expected !== undefined && hex.length !== expected) {
    return `A ${algorithm} digest has ${expected} hex digits; this one has ${hex.length}.`;
  }
  if (expected !== undefined && /[A-F]/.test(hex)) return 'Digest hex digits must be lower case.';
  return undefined;
}

/** True when `text` is a valid image reference. */
export function isValidImageReference(text: string): boolean {
  return parseImageReference(text).diagnostics.length === 0;
}

/** The diagnostics for `text`; empty when it is a valid reference. */
export function validateImageReference(text: string): readonly ImageReferenceDiagnostic[] {
  return parseImageReference(text).diagnostics;
}
