/**
 * Lookups over the base-image lifecycle data (`base-image-lifecycle-data.ts`) and image
 * reference parsing. Used by `base-image-end-of-life`, `base-image-deprecated`,
 * `final-stage-*`, `image-reference-invalid` and the compose `image-end-of-life` rule.
 * Every date comparison takes `now` as a parameter so results are reproducible.
 */

import {
  DEPRECATED_IMAGES,
  LIFECYCLE_FAMILIES,
  RUNTIME_VARIANT_RULES,
  type DeprecatedImageRule,
  type LifecycleCycle,
  type LifecycleFamily,
  type RuntimeVariantRule,
} from './base-image-lifecycle-data';
import { parseImageReference, type Span } from './image-reference';

export {
  parseImageReference,
  isValidImageReference,
  validateImageReference,
  MAX_NAME_LENGTH,
  MAX_TAG_LENGTH,
  DOCKER_HUB_REGISTRY,
} from './image-reference';
export type {
  ParsedImageReference,
  ImageReferenceDiagnostic,
  ImageReferenceProblem,
  ImageReferenceOffsets,
  Span,
} from './image-reference';
export { LIFECYCLE_FAMILIES, DEPRECATED_IMAGES, RUNTIME_VARIANT_RULES } from './base-image-lifecycle-data';
export type { LifecycleFamily, LifecycleCycle, DeprecatedImageRule, RuntimeVariantRule } from './base-image-lifecycle-data';

/** What the lookups need to know about an image; a `ParsedImageReference` fits. */
export interface ImageIdentity {
  readonly registry?: string;
  /** Path without registry (`library/python`, `python`), or a full name when `registry` is absent. */
  readonly name: string;
  readonly tag?: string;
}

// ---------------------------------------------------------------------------------------------
// Name normalisation

const HUB_PREFIXES = ['docker.io/', 'index.docker.io/', 'registry-1.docker.io/'];
/** Mirrors of Docker Hub's official images that serve the same content. */
const OFFICIAL_MIRROR_PREFIXES = ['public.ecr.aws/docker/library/', 'mirror.gcr.io/library/', 'library/'];

/**
 * The name the lifecycle table uses: Docker Hub prefixes and `library/` dropped, official-image
 * mirrors folded onto the Hub name, lower case. `docker.io/library/node` → `node`,
 * `public.ecr.aws/docker/library/python` → `python`, `ghcr.io/org/app` stays.
 */
export function normalizeImageName(image: ImageIdentity): string {
  let full = (image.registry ? `${image.registry}/${image.name}` : image.name).toLowerCase();
  for (const prefix of HUB_PREFIXES) {
    if (full.startsWith(prefix)) {
      full = full.slice(prefix.length);
      break;
    }
  }
  for (const prefix of OFFICIAL_MIRROR_PREFIXES) {
    if (full.startsWith(prefix) && !full.slice(prefix.length).includes('/')) {
      return full.slice(prefix.length);
    }
  }
  return full;
}

function nameMatches(patterns: readonly string[], name: string): boolean {
  return patterns.some((p) => {
    if (p === '*official*') return !name.includes('/');
    return p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p;
  });
}

// ---------------------------------------------------------------------------------------------
// Dates

/** The first instant at which a cycle with this `eol` value is no longer supported (UTC). */
export function endOfSupportInstant(eol: string): Date {
  return new Date(endOfSupportTime(eol));
}

/** Milliseconds of a few dozen table dates, parsed once: every lookup compares them with `now`. */
const eolTimes = new Map<string, number>();

function endOfSupportTime(eol: string): number {
  let time = eolTimes.get(eol);
  if (time === undefined) {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(eol);
    if (!m) throw new Error(`Invalid lifecycle date "${eol}"`);
    const year = Number(m[1]);
    const month = Number(m[2]) - 1;
    // Day precision: the day after. Month precision: the first day of the next month.
    time = m[3] !== undefined ? Date.UTC(year, month, Number(m[3]) + 1) : Date.UTC(year, month + 1, 1);
    if (eolTimes.size > 2000) eolTimes.clear();
    eolTimes.set(eol, time);
  }
  return time;
}

function isPast(eol: string, now: Date): boolean {
  return now.getTime() >= endOfSupportTime(eol);
}

// ---------------------------------------------------------------------------------------------
// Version signals in a tag

/** One version signal found in a tag and the lifecycle cycle it names. */
export interface LifecycleMatch {
  readonly family: LifecycleFamily;
  readonly cycle: LifecycleCycle;
  /** The tag text that named it (`3.8`, `buster`, `alpine3.15`). */
  readonly token: string;
  /** Where `token` sits inside the tag. */
  readonly tagSpan: Span;
  /** True when the cycle's end date has passed at `now`. */
  readonly ended: boolean;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The cycle a dotted version names in a family, or undefined when it floats or is unknown. */
export function cycleForVersion(family: LifecycleFamily, version: string): LifecycleCycle | undefined {
  const parts = version.split('.');
  if (family.minorCycles && parts.length === 1) {
    const alias = family.majorAliases?.[version];
    return alias === undefined ? undefined : family.cycles.find((c) => c.cycle === alias);
  }
  for (let n = parts.length; n >= 1; n--) {
    const candidate = parts.slice(0, n).join('.');
    const exact = family.cycles.find((c) => c.cycle === candidate);
    if (exact) return exact;
  }
  // `orOlder` entries cover every earlier version of the family.
  const key = parts.slice(0, family.minorCycles ? 2 : 1).join('.');
  if (!/^\d+(\.\d+)*$/.test(key)) return undefined;
  return family.cycles.find((c) => c.orOlder && /^\d/.test(c.cycle) && compareVersions(key, c.cycle) <= 0);
}

function cycleForCodename(family: LifecycleFamily, token: string): LifecycleCycle | undefined {
  return family.cycles.find((c) => c.codenames?.includes(token));
}

interface TagToken {
  readonly text: string;
  readonly start: number;
}

function tagTokens(tag: string): TagToken[] {
  const tokens: TagToken[] = [];
  let start = 0;
  for (const text of tag.split('-')) {
    tokens.push({ text, start });
    start += text.length + 1;
  }
  return tokens;
}

/** A version signal before it is judged against a date. */
type LifecycleSignal = Omit<LifecycleMatch, 'ended'>;

/**
 * Every version signal in the image's tag, with its lifecycle cycle: the image family's own
 * version (`python:3.8` → Python 3.8), its codenames (`node:hydrogen`), Debian and Ubuntu
 * codenames on any image (`python:3.8-slim-buster` → Debian 10) and `alpine3.N` suffixes.
 */
export function findLifecycleMatches(
  image: ImageIdentity,
  now: Date,
  families: readonly LifecycleFamily[] = LIFECYCLE_FAMILIES,
): LifecycleMatch[] {
  return lifecycleSignals(image, families).map((signal) => judged(signal, now));
}

function judged(signal: LifecycleSignal, now: Date): LifecycleMatch {
  const { family, cycle, token, tagSpan } = signal;
  return { family, cycle, token, tagSpan, ended: cycle.eol !== undefined && isPast(cycle.eol, now) };
}

/** The version signals of `findLifecycleMatches`, which do not depend on the date. */
function lifecycleSignals(image: ImageIdentity, families: readonly LifecycleFamily[]): LifecycleSignal[] {
  const tag = image.tag;
  if (!tag) return [];
  const lowerTag = tag.toLowerCase();
  const name = normalizeImageName(image);
  const matches: LifecycleSignal[] = [];
  const seen = new Set<string>();
  const push = (family: LifecycleFamily, cycle: LifecycleCycle, token: string, start: number): void => {
    const key = `${family.id} ${cycle.cycle}`;
    if (seen.has(key)) return;
    seen.add(key);
    matches.push({ family, cycle, token, tagSpan: { start, end: start + token.length } });
  };

  for (const family of families) {
    if (nameMatches(family.images, name)) {
      // The image's own version: the leading dotted number (after a family prefix) or a cycle literal.
      const prefix = family.tagPrefix?.exec(lowerTag)?.[0] ?? '';
      const rest = lowerTag.slice(prefix.length);
      const literal = family.cycles.find((c) => !/^\d/.test(c.cycle) && (rest === c.cycle || rest.startsWith(`${c.cycle}-`)));
      const version = /^\d+(?:\.\d+)*/.exec(rest)?.[0];
      if (literal) {
        push(family, literal, literal.cycle, prefix.length);
      } else if (version !== undefined) {
        const cycle = cycleForVersion(family, version);
        if (cycle) push(family, cycle, version, prefix.length);
      }
      for (const token of tagTokens(lowerTag)) {
        const cycle = cycleForCodename(family, token.text);
        if (cycle) push(family, cycle, token.text, token.start);
      }
    }
    if (family.codenamesApplyToAnyImage) {
      for (const token of tagTokens(lowerTag)) {
        const cycle = cycleForCodename(family, token.text);
        if (cycle) push(family, cycle, token.text, token.start);
      }
    }
    if (family.alpineSuffix) {
      for (const token of tagTokens(lowerTag)) {
        const m = /^alpine(\d+\.\d+)(?:\.\d+)?$/.exec(token.text);
        const cycle = m?.[1] !== undefined ? cycleForVersion(family, m[1]) : undefined;
        if (cycle) push(family, cycle, token.text, token.start);
      }
    }
  }
  return matches;
}

// ---------------------------------------------------------------------------------------------
// Deprecation

export interface DeprecationInfo {
  readonly rule: DeprecatedImageRule;
  /** The exact successor name when the rule can compute it, else the rule's general advice. */
  readonly replacement: string;
  readonly message: string;
}

/** The deprecation that applies to this image and tag, if any (A3). */
export function findDeprecation(
  image: ImageIdentity,
  rules: readonly DeprecatedImageRule[] = DEPRECATED_IMAGES,
): DeprecationInfo | undefined {
  const name = normalizeImageName(image);
  const tag = image.tag ?? '';
  for (const rule of rules) {
    if (!nameMatches(rule.images, name)) continue;
    if (rule.tagPattern && !rule.tagPattern.test(tag)) continue;
    if (rule.exceptTagPattern && rule.exceptTagPattern.test(tag)) continue;
    const replacement =
      rule.rename && name.startsWith(rule.rename.from) ? rule.rename.to + name.slice(rule.rename.from.length) : rule.replacement;
    return { rule, replacement, message: `${rule.message} Use ${replacement} instead.` };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The combined lookup

/**
 * The tables a lookup uses. The built-in data is the default; callers may pass a merged copy
 * (for example with entries from a user's settings file, put before the built-in ones so they win).
 */
export interface LifecycleData {
  readonly families: readonly LifecycleFamily[];
  readonly deprecated: readonly DeprecatedImageRule[];
}

export const BUILT_IN_LIFECYCLE_DATA: LifecycleData = { families: LIFECYCLE_FAMILIES, deprecated: DEPRECATED_IMAGES };

export type LifecycleStatus = 'supported' | 'eol' | 'deprecated' | 'unknown';

export interface ImageLifecycleResult {
  /**
   * `eol` when any version signal in the tag has passed its end date; otherwise `deprecated`
   * when the repository or tag family is deprecated; otherwise `supported` when the table knows
   * the version; otherwise `unknown` (no tag, floating tag, image not in the table).
   */
  readonly status: LifecycleStatus;
  /** For `eol`: the earliest passed end date. For `supported`: the nearest announced end date. */
  readonly eolDate?: string;
  /** Suggested successor (eol: the family's successor; deprecated: the replacement image). */
  readonly replacement?: string;
  /** Tag to put in a quick fix, when there is one obvious choice. */
  readonly replacementTag?: string;
  readonly message: string;
  /** The match that decided an `eol` or `supported` status. */
  readonly decisive?: LifecycleMatch;
  /** Every version signal found. */
  readonly matches: readonly LifecycleMatch[];
  readonly deprecation?: DeprecationInfo;
}

function describe(match: LifecycleMatch): string {
  return `${match.family.label} ${match.cycle.cycle}${match.cycle.orOlder && match.token !== match.cycle.cycle ? ` (and older)` : ''}`;
}

/**
 * Lifecycle status of an image at `now`. One result per reference: when several versions in the
 * tag have ended, the earliest end date is reported.
 */
export function lookupImageLifecycle(image: ImageIdentity, now: Date, data: LifecycleData = BUILT_IN_LIFECYCLE_DATA): ImageLifecycleResult {
  const entry = lookupEntry(image, data);
  // The date only decides which signals have ended: one result per such pattern.
  let endedKey = '';
  for (const s of entry.signals) endedKey += s.cycle.eol !== undefined && isPast(s.cycle.eol, now) ? '1' : '0';
  let result = entry.results.get(endedKey);
  if (!result) {
    result = lifecycleResult(image, entry.signals.map((s) => judged(s, now)), entry.deprecation);
    entry.results.set(endedKey, result);
  }
  return result;
}

/** What a lookup finds for one image before the date is applied; results are shared and read-only. */
interface LookupEntry {
  signals: LifecycleSignal[];
  deprecation: DeprecationInfo | undefined;
  results: Map<string, ImageLifecycleResult>;
}

/**
 * Several rules look up the same few images on every lint (and every keystroke): the date-free part
 * of a lookup is cached per data set and image (the cache is cleared when it grows large).
 */
const lookupCaches = new WeakMap<LifecycleData, { byKey: Map<string, LookupEntry>; byImage: WeakMap<ImageIdentity, LookupEntry> }>();

/** The built-in data's caches, found without a look-up (nearly every lookup uses them). */
const builtInCaches = { byKey: new Map<string, LookupEntry>(), byImage: new WeakMap<ImageIdentity, LookupEntry>() };

function lookupEntry(image: ImageIdentity, data: LifecycleData): LookupEntry {
  let caches = data === BUILT_IN_LIFECYCLE_DATA ? builtInCaches : lookupCaches.get(data);
  if (!caches) lookupCaches.set(data, (caches = { byKey: new Map(), byImage: new WeakMap() }));
  // Parsed references are shared (parseImageReference caches them), so the object itself is a cheap first key.
  let entry = caches.byImage.get(image);
  if (!entry) caches.byImage.set(image, (entry = lookupEntryByKey(image, data, caches.byKey)));
  return entry;
}

function lookupEntryByKey(image: ImageIdentity, data: LifecycleData, cache: Map<string, LookupEntry>): LookupEntry {
  // `registry` and `tag` count only when non-empty; lengths keep the key unambiguous.
  const registry = image.registry || '';
  const key = `${registry.length}:${registry}${image.name.length}:${image.name}${image.tag || ''}`;
  let entry = cache.get(key);
  if (!entry) {
    if (cache.size > 2000) cache.clear();
    entry = { signals: lifecycleSignals(image, data.families), deprecation: findDeprecation(image, data.deprecated), results: new Map() };
    cache.set(key, entry);
  }
  return entry;
}

function lifecycleResult(image: ImageIdentity, matches: LifecycleMatch[], deprecation: DeprecationInfo | undefined): ImageLifecycleResult {
  const ended = matches.filter((m) => m.ended);
  if (ended.length > 0) {
    const earliest = ended.reduce((a, b) =>
      endOfSupportTime(a.cycle.eol ?? '9999-12') <= endOfSupportTime(b.cycle.eol ?? '9999-12') ? a : b,
    );
    const date = earliest.cycle.eol ?? '';
    const when = earliest.cycle.orOlder && earliest.token !== earliest.cycle.cycle ? `by ${date}` : `on ${date}`;
    const note = earliest.cycle.note ? ` ${earliest.cycle.note}` : '';
    return {
      status: 'eol',
      eolDate: date,
      replacement: earliest.family.successor,
      ...(earliest.family.successorTag !== undefined ? { replacementTag: earliest.family.successorTag } : {}),
      message: `${describe(earliest)} reached end of support ${when}${note}; move to ${earliest.family.successor}.`,
      decisive: earliest,
      matches,
      ...(deprecation ? { deprecation } : {}),
    };
  }
  if (deprecation) {
    return { status: 'deprecated', replacement: deprecation.replacement, message: deprecation.message, matches, deprecation };
  }
  if (matches.length > 0) {
    const dated = matches.filter((m) => m.cycle.eol !== undefined);
    const nearest = dated.length
      ? dated.reduce((a, b) =>
          endOfSupportTime(a.cycle.eol ?? '') <= endOfSupportTime(b.cycle.eol ?? '') ? a : b,
        )
      : matches[0];
    if (nearest) {
      const until = nearest.cycle.eol ? ` until ${nearest.cycle.eol}` : '';
      return {
        status: 'supported',
        ...(nearest.cycle.eol ? { eolDate: nearest.cycle.eol } : {}),
        message: `${describe(nearest)} is supported${until}.`,
        decisive: nearest,
        matches,
      };
    }
  }
  const shown = image.tag ? `${normalizeImageName(image)}:${image.tag}` : normalizeImageName(image);
  return { status: 'unknown', message: `No lifecycle data for ${shown}.`, matches };
}

/** Convenience: parse `reference` and look it up. Digest-only references are `unknown`. */
export function lookupImageLifecycleByReference(
  reference: string,
  now: Date,
  data: LifecycleData = BUILT_IN_LIFECYCLE_DATA,
): ImageLifecycleResult {
  return lookupImageLifecycle(parseImageReference(reference), now, data);
}

// ---------------------------------------------------------------------------------------------
// Runtime variants (final-stage-jdk-image, final-stage-full-language-image)

export interface RuntimeVariant {
  readonly rule: RuntimeVariantRule;
  readonly kind: RuntimeVariantRule['kind'];
  /** Suggested image name (normalised form). */
  readonly name: string;
  /** Suggested tag; absent when the version cannot be carried over. */
  readonly tag?: string;
  /** `name[:tag]`, ready to display or insert. */
  readonly reference: string;
  /**
   * True when `reference` can replace the current image as a quick fix; false when the version
   * could not be carried over or the switch needs more than a new image (toolchain → minimal image).
   */
  readonly fixable: boolean;
  /** Other reasonable choices. */
  readonly alternatives: readonly string[];
  readonly message: string;
}

const TOKEN_SEPARATOR = /[-_]/;

function hasToken(tag: string, token: string): boolean {
  return tag.split(TOKEN_SEPARATOR).includes(token);
}

/** `21-jdk-jammy` → `21-jre-jammy`; `21-alpine` → `21-jre-alpine`; `21` → `21-jre`. */
function jdkToJreTag(tag: string): string | undefined {
  if (/(^|-)jre(-|$)/.test(tag)) return undefined;
  if (/(^|-)jdk(-|$)/.test(tag)) return tag.replace(/(^|-)jdk(?=-|$)/, '$1jre');
  const version = /^(?:open-)?\d[\w.]*/.exec(tag)?.[0];
  if (version === undefined) return undefined;
  return `${version}-jre${tag.slice(version.length)}`;
}

/** The Java feature version inside a Maven or Gradle tag: `3.9-eclipse-temurin-21` → 21, `8.10-jdk21` → 21. */
function javaVersionInBuildToolTag(tag: string): string | undefined {
  return /(?:temurin|jdk|corretto|sapmachine|semeru)-?(\d+)/.exec(tag)?.[1];
}

function build(
  rule: RuntimeVariantRule,
  name: string,
  tag: string | undefined,
  alternatives: string[],
  fixable: boolean,
): RuntimeVariant {
  const reference = tag ? `${name}:${tag}` : name;
  const advice = fixable ? `Consider ${reference}.` : `Consider ${reference} or a similar small image.`;
  return { rule, kind: rule.kind, name, ...(tag ? { tag } : {}), reference, fixable, alternatives, message: `${rule.message} ${advice}` };
}

/**
 * A smaller image for running what `name:tag` runs, when the catalog asks for one: JRE instead
 * of JDK, `-slim` instead of a full language image, `aspnet` instead of the .NET SDK, a minimal
 * image instead of a Go or Rust toolchain. Undefined when the image already is the small variant
 * or is not covered.
 */
export function runtimeVariantFor(name: string, tag?: string): RuntimeVariant | undefined {
  // The final-stage rules ask on every lint (and keystroke) about the same few images: answers are kept per
  // name and tag (no tag and an empty one answer alike), shared and read-only; cleared when the cache grows large.
  const key = `${name.length}:${name}${tag ?? ''}`;
  let kept = runtimeVariants.get(key);
  if (!kept) {
    if (runtimeVariants.size > 2000) runtimeVariants.clear();
    runtimeVariants.set(key, (kept = { variant: findRuntimeVariant(name, tag) }));
  }
  return kept.variant;
}

/** Boxed, so that images without a smaller variant are kept too. */
const runtimeVariants = new Map<string, { variant: RuntimeVariant | undefined }>();

function findRuntimeVariant(name: string, tag?: string): RuntimeVariant | undefined {
  const normalized = normalizeImageName({ name });
  const t = (tag ?? '').toLowerCase();
  const rule = RUNTIME_VARIANT_RULES.find((r) => nameMatches(r.images, normalized));
  if (!rule) return undefined;
  switch (rule.id) {
    case 'temurin-jdk': {
      if (normalized === 'ibm-semeru-runtimes' && !t.startsWith('open-')) return undefined; // certified tags differ
      if (t === '' || t === 'latest') return build(rule, normalized, undefined, [], false); // version unknown
      const jre = jdkToJreTag(t);
      return jre === undefined ? undefined : build(rule, normalized, jre, [], true);
    }
    case 'liberica-jdk':
      return build(rule, normalized.replace('liberica-openjdk-', 'liberica-openjre-'), tag, [], true);
    case 'build-tool-jdk': {
      const java = javaVersionInBuildToolTag(t);
      return build(rule, 'eclipse-temurin', java ? `${java}-jre` : undefined, ['amazoncorretto', 'gcr.io/distroless/java21-debian12'], java !== undefined);
    }
    case 'python-full':
    case 'ruby-full': {
      // `<version>` or `<version>-<codename>` only: slim, alpine and windows variants are already small or different.
      const m = /^(\d+(?:\.\d+)*)(?:-([a-z]+))?$/.exec(t);
      if (!m?.[1] || (m[2] && !isDebianOrUbuntuCodename(m[2]))) return undefined;
      const slimTag = m[2] ? `${m[1]}-slim-${m[2]}` : `${m[1]}-slim`;
      return build(rule, normalized, slimTag, [`${normalized}:${m[1]}-alpine`], true);
    }
    case 'node-full': {
      const m = /^(\d+(?:\.\d+)*|lts|current|[a-z]+)(?:-([a-z]+))?$/.exec(t);
      if (!m?.[1] || hasToken(t, 'slim') || hasToken(t, 'alpine')) return undefined;
      if (!/^\d/.test(m[1]) && !['lts', 'current'].includes(m[1]) && !isNodeCodename(m[1])) return undefined;
      if (m[2] && !isDebianOrUbuntuCodename(m[2])) return undefined;
      const slimTag = m[2] ? `${m[1]}-${m[2]}-slim` : `${m[1]}-slim`;
      return build(rule, normalized, slimTag, [`node:${m[1]}-alpine`], true);
    }
    case 'dotnet-sdk': {
      // SDK patch numbers (8.0.404) differ from runtime ones: keep only major.minor and the variant.
      const runtimeTag = tag?.replace(/^(\d+\.\d+)\.\d+/, '$1');
      return build(rule, 'mcr.microsoft.com/dotnet/aspnet', runtimeTag, [
        `mcr.microsoft.com/dotnet/runtime${runtimeTag ? `:${runtimeTag}` : ''}`,
        `mcr.microsoft.com/dotnet/runtime-deps${runtimeTag ? `:${runtimeTag}` : ''}`,
      ], true);
    }
    case 'golang-toolchain':
      return build(rule, 'gcr.io/distroless/static-debian12', 'nonroot', ['debian:trixie-slim', 'alpine:3.23', 'scratch'], false);
    case 'rust-toolchain':
      return build(rule, 'gcr.io/distroless/cc-debian12', 'nonroot', ['debian:trixie-slim'], false);
    default:
      return undefined;
  }
}

function isDebianOrUbuntuCodename(word: string): boolean {
  return LIFECYCLE_FAMILIES.some((f) => f.codenamesApplyToAnyImage && f.cycles.some((c) => c.codenames?.includes(word)));
}

function isNodeCodename(word: string): boolean {
  return LIFECYCLE_FAMILIES.some((f) => f.id === 'node' && f.cycles.some((c) => c.codenames?.includes(word)));
}
