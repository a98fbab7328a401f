/**
 * Shared lists from Appendix B of the rule catalog: secret names (B1), frontend minimum versions
 * (B2), privilege-dropping tools and unprivileged bases (B3), Docker Official Image names (B4) and
 * the environment variables official base images set (B5).
 */

import { normalizeImageName, parseImageReference } from './base-images';

// =============================================================================================
// B1. Secret names

/** BuildKit's deny words: a key containing one of them as a whole `_`-separated word is a secret. */
export const SECRET_DENY_WORDS: readonly string[] = [
  'apikey',
  'auth',
  'credential',
  'credentials',
  'key',
  'password',
  'pword',
  'passwd',
  'secret',
  'token',
];

/** BuildKit's allow words (public, file, version) plus ours: a key containing one is not a secret. */
export const SECRET_ALLOW_WORDS: readonly string[] = [
  'public', 'file', 'version', 'path', 'dir', 'url', 'host', 'port', 'method', 'type',
  // Settings about a secret, not the secret (`API_KEY_SELECT_MODE`, `AUTH_BACKENDS`, `TOKEN_TTL`).
  'mode', 'backend', 'backends', 'provider', 'providers', 'enabled', 'required', 'header', 'length', 'timeout', 'ttl',
  'domain', 'insecure', 'name',
  // Switches and lifetimes (`MYSQL_ALLOW_EMPTY_PASSWORD=yes`, `MYSQL_RANDOM_ROOT_PASSWORD`, `JWT_TOKEN_EXPIRY`).
  'allow', 'empty', 'random', 'expiry', 'expire', 'expires', 'lifetime',
];

/** Well-known credential variable names, matched whole (after stripping front-end build prefixes). */
export const KNOWN_SECRET_NAMES: readonly string[] = [
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GITHUB_PAT',
  'GH_PAT',
  'GITLAB_TOKEN',
  'CI_JOB_TOKEN',
  'NPM_TOKEN',
  'NPM_AUTH_TOKEN',
  'NODE_AUTH_TOKEN',
  'YARN_NPM_AUTH_TOKEN',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SECRET_KEY',
  'AWS_SESSION_TOKEN',
  'AZURE_CLIENT_SECRET',
  'AZURE_STORAGE_KEY',
  'AZURE_STORAGE_CONNECTION_STRING',
  'GOOGLE_API_KEY',
  'OPENAI_API_KEY',
  'ANTHROPIC_API_KEY',
  'HF_TOKEN',
  'HUGGING_FACE_HUB_TOKEN',
  'DOCKERHUB_PASSWORD',
  'DOCKERHUB_TOKEN',
  'DOCKER_PASSWORD',
  'DOCKER_AUTH_CONFIG',
  'VAULT_TOKEN',
  'CONSUL_HTTP_TOKEN',
  'SLACK_TOKEN',
  'SLACK_BOT_TOKEN',
  'SLACK_WEBHOOK_URL',
  'STRIPE_API_KEY',
  'STRIPE_SECRET_KEY',
  'SENTRY_AUTH_TOKEN',
  'SENTRY_DSN',
  'CODECOV_TOKEN',
  'SONAR_TOKEN',
  'SNYK_TOKEN',
  'PYPI_TOKEN',
  'TWINE_PASSWORD',
  'HEROKU_API_KEY',
  'CLOUDFLARE_API_TOKEN',
  'DIGITALOCEAN_ACCESS_TOKEN',
  'DD_API_KEY',
  'DATADOG_API_KEY',
  'NEW_RELIC_LICENSE_KEY',
  'SENDGRID_API_KEY',
  'TWILIO_AUTH_TOKEN',
  'PGPASSWORD',
  'MYSQL_PWD',
  'MYSQL_ROOT_PASSWORD',
  'POSTGRES_PASSWORD',
  'MONGO_INITDB_ROOT_PASSWORD',
  'RABBITMQ_DEFAULT_PASS',
  'MINIO_ROOT_PASSWORD',
  'MINIO_SECRET_KEY',
  'REDIS_PASSWORD',
  'JWT_SECRET',
  'SECRET_KEY_BASE',
  'DJANGO_SECRET_KEY',
  'COMPOSER_AUTH',
];

/**
 * Names that hold a secret word but no secret, matched whole: `apt-key`'s switch for its deprecation warning, and the
 * registry image's choice of authentication (`REGISTRY_AUTH: htpasswd`).
 */
export const KNOWN_NOT_SECRET_NAMES: readonly string[] = ['APT_KEY_DONT_WARN_ON_DANGEROUS_USAGE', 'REGISTRY_AUTH'];

/**
 * Last words that make a name a setting about keys or authentication, not a secret: `CONNECT_KEY_CONVERTER` (a Kafka
 * Connect class), `GF_AUTH_ANONYMOUS_ORG_ROLE`, `REGISTRY_AUTH_HTPASSWD_REALM`. Only the last word counts: the same
 * word inside a name (`KC_REALM_CLIENT_SECRET`) does not veto it.
 */
export const SECRET_SETTING_LAST_WORDS: readonly string[] = [
  'converter', 'serializer', 'deserializer', 'class', 'realm', 'role', 'roles', 'algorithm', 'size', 'bits', 'policy',
  'iterations', 'rounds',
];

/** Build-tool prefixes that expose a variable to browser bundles; stripped before matching. */
export const SECRET_NAME_PREFIXES: readonly string[] = ['VITE_', 'REACT_APP_'];

const KNOWN_SECRET_SET: ReadonlySet<string> = new Set(KNOWN_SECRET_NAMES);
const KNOWN_NOT_SECRET_SET: ReadonlySet<string> = new Set(KNOWN_NOT_SECRET_NAMES);
const DENY_SET: ReadonlySet<string> = new Set(SECRET_DENY_WORDS);
const ALLOW_SET: ReadonlySet<string> = new Set(SECRET_ALLOW_WORDS);
const SETTING_LAST_SET: ReadonlySet<string> = new Set(SECRET_SETTING_LAST_WORDS);

export interface SecretNameVerdict {
  readonly secret: boolean;
  /** Why: a known full name, a deny word, an allow word that vetoes it, or nothing matched. */
  readonly reason: 'known-name' | 'deny-word' | 'allow-word' | 'none';
  /** The word (or full name) that decided. */
  readonly word?: string;
}

const NOT_SECRET: SecretNameVerdict = { secret: false, reason: 'none' };

/** Explains whether an ARG/ENV key names a secret (see `isSecretName`). */
export function classifySecretName(name: string): SecretNameVerdict {
  let upper = name.toUpperCase();
  for (const prefix of SECRET_NAME_PREFIXES) {
    if (upper.startsWith(prefix) && upper.length > prefix.length) {
      upper = upper.slice(prefix.length);
      break;
    }
  }
  if (KNOWN_SECRET_SET.has(upper)) return { secret: true, reason: 'known-name', word: upper };
  if (KNOWN_NOT_SECRET_SET.has(upper)) return NOT_SECRET;
  // The `_`-separated words, in order: the first allow word vetoes, else the first deny word decides.
  const lower = upper.toLowerCase();
  let deny: string | undefined;
  for (let start = 0; start < lower.length;) {
    let end = lower.indexOf('_', start);
    if (end < 0) end = lower.length;
    if (end > start) {
      const word = lower.slice(start, end);
      if (ALLOW_SET.has(word)) return { secret: false, reason: 'allow-word', word };
      if (deny === undefined && DENY_SET.has(word)) deny = word;
    }
    start = end + 1;
  }
  if (deny === undefined) return NOT_SECRET;
  const last = lower.slice(lower.lastIndexOf('_') + 1);
  if (SETTING_LAST_SET.has(last)) return { secret: false, reason: 'allow-word', word: last };
  return { secret: true, reason: 'deny-word', word: deny };
}

/**
 * True when an ARG/ENV key names a secret: a known credential name, or a key whose
 * `_`-separated words (any case) include a deny word and no allow word. `DB_PASSWORD` is a
 * secret; `PASSWORD_FILE`, `TOKEN_URL` and `NODE_VERSION` are not; `PASSWORDS` is not (whole words).
 */
export function isSecretName(name: string): boolean {
  return classifySecretName(name).secret;
}

export interface SecretTokenFormat {
  readonly id: string;
  readonly description: string;
  /** Global regular expression; use with `matchAll`. */
  readonly pattern: RegExp;
}

/** Literal credential formats recognisable whatever the variable name (for `secret-literal-value`, `secret-in-run-command`). */
export const SECRET_TOKEN_FORMATS: readonly SecretTokenFormat[] = [
  { id: 'aws-access-key-id', description: 'AWS access key ID', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { id: 'github-token', description: 'GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g },
  { id: 'github-fine-grained-pat', description: 'GitHub fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9_]{22,}\b/g },
  { id: 'gitlab-token', description: 'GitLab personal access token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}/g },
  { id: 'slack-token', description: 'Slack token', pattern: /\bxox[bpas]-[A-Za-z0-9-]{10,}/g },
  { id: 'stripe-live-key', description: 'Stripe live secret key', pattern: /\b[sr]k_live_[A-Za-z0-9]{16,}\b/g },
  { id: 'google-api-key', description: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}/g },
  { id: 'npm-token', description: 'npm access token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { id: 'jwt', description: 'JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}/g },
  { id: 'private-key', description: 'PEM private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/g },
];

export interface SecretTokenHit {
  readonly format: SecretTokenFormat;
  readonly start: number;
  readonly end: number;
}

/**
 * A literal every format above needs (keep in step with the list): text without any of them holds no
 * token, so one scan replaces ten on the usual RUN line.
 */
const SECRET_TOKEN_HINT = /AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|xox[bpas]-|k_live_|AIza|npm_|eyJ|-----BEGIN /;

/** Every known-format credential in `text`, with offsets. */
export function findSecretTokens(text: string): SecretTokenHit[] {
  const hits: SecretTokenHit[] = [];
  if (!SECRET_TOKEN_HINT.test(text)) return hits;
  for (const format of SECRET_TOKEN_FORMATS) {
    for (const m of text.matchAll(format.pattern)) {
      hits.push({ format, start: m.index, end: m.index + m[0].length });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

// =============================================================================================
// B2. Frontend minimum versions

export type FrontendFeature =
  | 'heredoc'
  | 'heredoc-spaced'
  | 'run-mount'
  | 'run-mount-secret-env'
  | 'run-network'
  | 'run-security'
  | 'run-device'
  | 'copy-chmod'
  | 'add-chmod'
  | 'copy-link'
  | 'add-link'
  | 'add-checksum'
  | 'add-keep-git-dir'
  | 'add-unpack'
  | 'copy-exclude'
  | 'add-exclude'
  | 'copy-parents'
  | 'healthcheck-start-interval'
  | 'variable-pattern-operators'
  | 'check-directive';

export interface FrontendRequirement {
  readonly feature: FrontendFeature;
  readonly description: string;
  /** First stable `docker/dockerfile` version; absent for labs-only features. */
  readonly stable?: string;
  /** First `-labs` version, when the feature reached labs before stable (or only labs). */
  readonly labs?: string;
}

export const FRONTEND_REQUIREMENTS: readonly FrontendRequirement[] = [
  { feature: 'add-keep-git-dir', description: '`ADD --keep-git-dir`', stable: '1.1' },
  // The old experimental channel had it from `1.0-experimental` (moved to stable in 1.2: moby/buildkit#1717).
  { feature: 'run-mount', description: '`RUN --mount`', stable: '1.2', labs: '1.0' },
  { feature: 'copy-chmod', description: '`COPY --chmod`', stable: '1.2' },
  { feature: 'add-chmod', description: '`ADD --chmod`', stable: '1.2' },
  { feature: 'run-network', description: '`RUN --network`', stable: '1.3', labs: '1.2' },
  { feature: 'heredoc', description: 'heredocs (`<<EOF`)', stable: '1.4', labs: '1.3' },
  { feature: 'copy-link', description: '`COPY --link`', stable: '1.4' },
  { feature: 'add-link', description: '`ADD --link`', stable: '1.4' },
  { feature: 'add-checksum', description: '`ADD --checksum`', stable: '1.6', labs: '1.5' },
  { feature: 'healthcheck-start-interval', description: '`HEALTHCHECK --start-interval`', stable: '1.6' },
  { feature: 'variable-pattern-operators', description: 'the `#`, `##`, `%`, `%%`, `/` and `//` variable operators', stable: '1.7' },
  { feature: 'check-directive', description: 'the `# check=` directive', stable: '1.8' },
  { feature: 'run-mount-secret-env', description: '`RUN --mount=type=secret,env=…`', stable: '1.10' },
  { feature: 'heredoc-spaced', description: '`<< NAME` (a blank before a heredoc\'s name)', stable: '1.16' },
  { feature: 'add-unpack', description: '`ADD --unpack`', stable: '1.17' },
  { feature: 'copy-exclude', description: '`COPY --exclude`', stable: '1.19', labs: '1.7' },
  { feature: 'add-exclude', description: '`ADD --exclude`', stable: '1.19', labs: '1.7' },
  { feature: 'copy-parents', description: '`COPY --parents`', stable: '1.20', labs: '1.7' },
  { feature: 'run-security', description: '`RUN --security`', stable: '1.20', labs: '1.2' },
  { feature: 'run-device', description: '`RUN --device`', labs: '1.14' },
];

const REQUIREMENT_BY_FEATURE: ReadonlyMap<FrontendFeature, FrontendRequirement> = new Map(
  FRONTEND_REQUIREMENTS.map((r) => [r.feature, r]),
);

/** The minimum frontend versions for a feature. */
export function minFrontendVersion(feature: FrontendFeature): FrontendRequirement {
  const req = REQUIREMENT_BY_FEATURE.get(feature);
  if (!req) throw new Error(`Unknown frontend feature "${feature}"`);
  return req;
}

/** The feature behind `--flag` on an instruction, when that flag needs a particular frontend. */
export function frontendFeatureForFlag(instruction: string, flag: string): FrontendFeature | undefined {
  // Feature ids for flags are spelled `<instruction>-<flag>`.
  const key = `${instruction.toLowerCase()}-${flag.replace(/^-+/, '').toLowerCase()}`;
  return FRONTEND_REQUIREMENTS.find((r) => r.feature === key)?.feature;
}

/**
 * A `docker/dockerfile` version. Missing parts float: `1` is the newest 1.x, `1.4` the newest
 * 1.4.x; they are stored as `Infinity` so comparisons treat a floating tag as its newest release.
 */
export interface FrontendVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** The `-labs` channel (also the old `experimental` channel). */
  readonly labs: boolean;
  /** The pre-1.2 `experimental` channel, long obsolete. */
  readonly experimental: boolean;
  /** The tag as written (`1.4-labs`, `latest`). */
  readonly tag: string;
}

const DOCKER_FRONTEND_REPOSITORIES = new Set(['docker/dockerfile', 'docker/dockerfile-upstream']);

/**
 * Parses a `# syntax=` value (`docker/dockerfile:1.4`, `docker.io/docker/dockerfile:1-labs`) or a
 * bare tag (`1.4`, `1`, `1.4-labs`, `labs`, `latest`). Undefined for other frontends, digest-only
 * pins and tags that name no version.
 */
export function parseFrontendVersion(value: string): FrontendVersion | undefined {
  // Version comparisons parse the same few strings (`1.4.0`, the `# syntax=` value) over and over.
  let version = frontendVersions.get(value);
  if (version === undefined) {
    if (frontendVersions.size > 2000) frontendVersions.clear();
    version = parseFrontendVersionUncached(value) ?? null;
    frontendVersions.set(value, version);
  }
  return version ?? undefined;
}

const frontendVersions = new Map<string, FrontendVersion | null>();

function parseFrontendVersionUncached(value: string): FrontendVersion | undefined {
  const text = value.trim();
  let tag: string;
  if (/^[\w.-]+$/.test(text) && !text.includes('/')) {
    tag = text;
  } else {
    const ref = parseImageReference(text);
    const name = normalizeImageName(ref);
    if (!DOCKER_FRONTEND_REPOSITORIES.has(name)) return undefined;
    if (ref.tag === undefined && ref.digest !== undefined) return undefined; // pinned by digest only: version unknown
    tag = ref.tag ?? 'latest';
  }
  const lower = tag.toLowerCase();
  if (lower === 'latest' || lower === 'master') return floating(tag, false, false);
  if (lower === 'labs' || lower === 'master-labs') return floating(tag, true, false);
  if (lower === 'experimental') return { major: 1, minor: 1, patch: Infinity, labs: true, experimental: true, tag };
  const m = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-(labs|experimental))?$/.exec(lower);
  if (!m) return undefined;
  const channel = m[4];
  return {
    major: Number(m[1]),
    minor: m[2] !== undefined ? Number(m[2]) : Infinity,
    patch: m[3] !== undefined ? Number(m[3]) : Infinity,
    labs: channel !== undefined,
    experimental: channel === 'experimental',
    tag,
  };
}

function floating(tag: string, labs: boolean, experimental: boolean): FrontendVersion {
  // `latest` is the newest 1.x release.
  return { major: 1, minor: Infinity, patch: Infinity, labs, experimental, tag };
}

function toVersion(v: FrontendVersion | string): FrontendVersion {
  if (typeof v !== 'string') return v;
  const parsed = parseFrontendVersion(v);
  if (!parsed) throw new Error(`Not a Dockerfile frontend version: "${v}"`);
  return parsed;
}

/**
 * Orders two frontend versions by release (negative, zero, positive). Floating tags count as
 * their newest release (`1.4` > `1.4.3`, `1` > `1.20`); the channel is ignored.
 */
export function compareFrontendVersions(a: FrontendVersion | string, b: FrontendVersion | string): number {
  const va = toVersion(a);
  const vb = toVersion(b);
  for (const key of ['major', 'minor', 'patch'] as const) {
    if (va[key] !== vb[key]) return va[key] < vb[key] ? -1 : 1;
  }
  return 0;
}

/**
 * Whether a pinned frontend (`# syntax=` value or tag) supports a feature: true or false, or
 * undefined when the value names another frontend or no readable version.
 */
export function frontendSupports(pinned: string | FrontendVersion, feature: FrontendFeature): boolean | undefined {
  const version = typeof pinned === 'string' ? parseFrontendVersion(pinned) : pinned;
  if (!version) return undefined;
  const req = minFrontendVersion(feature);
  if (req.stable !== undefined && compareFrontendVersions(version, `${req.stable}.0`) >= 0) return true;
  if (version.labs && req.labs !== undefined && compareFrontendVersions(version, `${req.labs}.0`) >= 0) return true;
  return false;
}

// =============================================================================================
// B3. Privilege and user data

/** Commands that switch to another user before running a program (an entrypoint using one drops root). */
export const PRIVILEGE_DROPPING_TOOLS: readonly string[] = ['gosu', 'su-exec', 'setpriv', 'runuser', 'chpst', 's6-setuidgid'];

/**
 * True when a command line starts a program through a privilege-dropping tool: one of
 * `PRIVILEGE_DROPPING_TOOLS` as a command word, or `su … -c …`.
 */
export function usesPrivilegeDroppingTool(words: readonly string[]): boolean {
  const base = words.map((w) => w.slice(w.lastIndexOf('/') + 1));
  if (base.some((w) => PRIVILEGE_DROPPING_TOOLS.includes(w))) return true;
  const su = base.indexOf('su');
  return su >= 0 && base.slice(su + 1).some((w) => w === '-c' || w === '--command' || /^-[a-z]*c$/.test(w));
}

/** Image families known to run as a non-root user by default (for `final-user-missing`). */
export const UNPRIVILEGED_BASE_IMAGES: readonly { readonly pattern: string; readonly note: string }[] = [
  { pattern: 'gcr.io/distroless/*:nonroot', note: 'distroless `nonroot` tags run as UID 65532' },
  { pattern: '*:*-nonroot', note: '`-nonroot` tags (distroless `debug-nonroot`, `latest-nonroot`) run as UID 65532' },
  { pattern: 'cgr.dev/chainguard/*', note: 'Chainguard images run as a non-root user, except their `-dev` tags' },
  { pattern: 'nginxinc/nginx-unprivileged', note: 'runs nginx as UID 101 on port 8080' },
  { pattern: 'bitnami/*', note: 'Bitnami images run as UID 1001' },
];

/** True when the image runs unprivileged by default (Appendix B3). Accepts a reference string. */
export function isUnprivilegedBaseImage(reference: string): boolean {
  const ref = parseImageReference(reference);
  const name = normalizeImageName(ref);
  const tag = (ref.tag ?? '').toLowerCase();
  if (name.startsWith('gcr.io/distroless/') && (tag === 'nonroot' || tag.endsWith('-nonroot'))) return true;
  if (tag.endsWith('-nonroot')) return true;
  if (name.startsWith('cgr.dev/chainguard/')) return !(tag === 'dev' || tag.endsWith('-dev'));
  if (name === 'nginxinc/nginx-unprivileged') return true;
  return name.startsWith('bitnami/');
}

// =============================================================================================
// B4. Docker Official Images

/** Names of Docker Official Images (Docker Hub `library/` repositories), current and recently retired. */
export const DOCKER_OFFICIAL_IMAGES: readonly string[] = [
  'adminer', 'aerospike', 'almalinux', 'alpine', 'alt', 'amazoncorretto', 'amazonlinux', 'api-firewall',
  'arangodb', 'archlinux', 'backdrop', 'bash', 'bonita', 'buildpack-deps', 'busybox', 'caddy',
  'cassandra', 'centos', 'chronograf', 'cirros', 'clearlinux', 'clefos', 'clickhouse', 'clojure',
  'composer', 'couchbase', 'couchdb', 'crate', 'dart', 'debian', 'docker', 'drupal',
  'eclipse-mosquitto', 'eclipse-temurin', 'eggdrop', 'elasticsearch', 'elixir', 'emqx', 'erlang', 'fedora',
  'flink', 'fluentd', 'friendica', 'gazebo', 'gcc', 'geonetwork', 'ghost', 'golang',
  'gradle', 'groovy', 'haproxy', 'haskell', 'haxe', 'hello-world', 'hitch', 'httpd',
  'hylang', 'ibm-semeru-runtimes', 'ibmjava', 'influxdb', 'irssi', 'jetty', 'joomla', 'jruby',
  'julia', 'kapacitor', 'kibana', 'kong', 'krakend', 'lightstreamer', 'liquibase', 'logstash',
  'mageia', 'mariadb', 'matomo', 'maven', 'mediawiki', 'memcached', 'mongo', 'mongo-express',
  'monica', 'mono', 'mysql', 'nats', 'neo4j', 'neurodebian', 'nextcloud', 'nginx',
  'node', 'notary', 'odoo', 'open-liberty', 'openjdk', 'oraclelinux', 'orientdb', 'percona',
  'perl', 'photon', 'php', 'php-zendserver', 'phpmyadmin', 'plone', 'postfixadmin', 'postgres',
  'pypy', 'python', 'r-base', 'rabbitmq', 'rakudo-star', 'redis', 'redmine', 'registry',
  'rethinkdb', 'rocket.chat', 'rockylinux', 'ros', 'ruby', 'rust', 'sapmachine', 'satosa',
  'silverpeas', 'sl', 'solr', 'sonarqube', 'spark', 'spiped', 'storm', 'swift',
  'swipl', 'teamspeak', 'telegraf', 'tomcat', 'tomee', 'traefik', 'ubuntu', 'unit',
  'varnish', 'websphere-liberty', 'wordpress', 'xwiki', 'yourls', 'znc', 'zookeeper',
  // Retired, but still referenced by older Dockerfiles.
  'adoptopenjdk', 'java', 'nats-streaming', 'consul', 'vault', 'express-gateway', 'jobber', 'kaazing-gateway',
  'known', 'nuxeo', 'owncloud', 'piwik', 'sentry', 'swarm', 'thrift', 'convertigo', 'fsharp', 'iojs',
];

const OFFICIAL_SET: ReadonlySet<string> = new Set(DOCKER_OFFICIAL_IMAGES);

/** True when `name` (optionally `library/`-prefixed or with a tag) is a Docker Official Image. */
export function isDockerOfficialImage(name: string): boolean {
  const ref = parseImageReference(name);
  return OFFICIAL_SET.has(normalizeImageName(ref));
}

// =============================================================================================
// B5. Known base-image ENV

/** Variables set by every Linux base image. */
export const UNIVERSAL_BASE_ENV: readonly string[] = ['PATH'];

/**
 * Environment variables the official images of each family set, keyed by normalised image name
 * (a trailing `*` matches any suffix). A trailing `*` in a variable name is a prefix (`BUNDLE_*`).
 */
export const KNOWN_BASE_IMAGE_ENV: Readonly<Record<string, readonly string[]>> = {
  python: ['LANG', 'GPG_KEY', 'PYTHON_VERSION', 'PYTHON_SHA256', 'PYTHON_PIP_VERSION', 'PYTHON_SETUPTOOLS_VERSION', 'PYTHON_GET_PIP_URL', 'PYTHON_GET_PIP_SHA256'],
  pypy: ['LANG', 'PYPY_VERSION', 'PYTHON_PIP_VERSION', 'PYTHON_GET_PIP_URL', 'PYTHON_GET_PIP_SHA256'],
  node: ['NODE_VERSION', 'YARN_VERSION'],
  golang: ['GOLANG_VERSION', 'GOPATH', 'GOTOOLCHAIN'],
  'eclipse-temurin': ['JAVA_HOME', 'JAVA_VERSION', 'LANG', 'LANGUAGE', 'LC_ALL'],
  openjdk: ['JAVA_HOME', 'JAVA_VERSION', 'LANG'],
  amazoncorretto: ['JAVA_HOME', 'LANG'],
  'ibm-semeru-runtimes': ['JAVA_HOME', 'JAVA_VERSION', 'JAVA_TOOL_OPTIONS', 'LANG', 'LANGUAGE', 'LC_ALL'],
  sapmachine: ['JAVA_HOME'],
  maven: ['JAVA_HOME', 'JAVA_VERSION', 'MAVEN_HOME', 'MAVEN_CONFIG', 'LANG', 'LANGUAGE', 'LC_ALL'],
  gradle: ['JAVA_HOME', 'JAVA_VERSION', 'GRADLE_HOME', 'GRADLE_VERSION', 'LANG', 'LANGUAGE', 'LC_ALL'],
  tomcat: ['JAVA_HOME', 'JAVA_VERSION', 'CATALINA_HOME', 'TOMCAT_NATIVE_LIBDIR', 'LD_LIBRARY_PATH', 'TOMCAT_MAJOR', 'TOMCAT_VERSION', 'TOMCAT_SHA512', 'GPG_KEYS'],
  ruby: ['LANG', 'RUBY_MAJOR', 'RUBY_VERSION', 'RUBY_DOWNLOAD_SHA256', 'RUBY_DOWNLOAD_URL', 'GEM_HOME', 'BUNDLE_*'],
  php: ['PHPIZE_DEPS', 'PHP_INI_DIR', 'PHP_CFLAGS', 'PHP_CPPFLAGS', 'PHP_LDFLAGS', 'GPG_KEYS', 'PHP_VERSION', 'PHP_URL', 'PHP_ASC_URL', 'PHP_SHA256', 'APACHE_CONFDIR', 'APACHE_ENVVARS'],
  rust: ['RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION'],
  elixir: ['ELIXIR_VERSION', 'LANG', 'OTP_VERSION', 'REBAR3_VERSION'],
  erlang: ['OTP_VERSION', 'REBAR3_VERSION'],
  julia: ['JULIA_PATH', 'JULIA_GPG', 'JULIA_VERSION'],
  haskell: ['LANG', 'GHC', 'CABAL_INSTALL', 'STACK'],
  nginx: ['NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE'],
  httpd: ['HTTPD_PREFIX', 'HTTPD_VERSION', 'HTTPD_SHA256', 'HTTPD_PATCHES'],
  postgres: ['GOSU_VERSION', 'LANG', 'PG_MAJOR', 'PG_VERSION', 'PGDATA'],
  mysql: ['GOSU_VERSION', 'MYSQL_MAJOR', 'MYSQL_VERSION', 'MYSQL_SHELL_VERSION'],
  mariadb: ['GOSU_VERSION', 'LANG', 'MARIADB_VERSION'],
  redis: ['REDIS_VERSION', 'REDIS_DOWNLOAD_URL', 'REDIS_DOWNLOAD_SHA'],
  mongo: ['GOSU_VERSION', 'JSYAML_VERSION', 'MONGO_PACKAGE', 'MONGO_REPO', 'MONGO_MAJOR', 'MONGO_VERSION', 'HOME'],
  'mcr.microsoft.com/dotnet/*': [
    'APP_UID',
    'ASPNETCORE_HTTP_PORTS',
    'DOTNET_RUNNING_IN_CONTAINER',
    'DOTNET_VERSION',
    'ASPNET_VERSION',
    'DOTNET_SDK_VERSION',
    'DOTNET_USE_POLLING_FILE_WATCHER',
    'DOTNET_GENERATE_ASPNET_CERTIFICATE',
    'DOTNET_NOLOGO',
    'NUGET_XMLDOC_MODE',
    'POWERSHELL_DISTRIBUTION_CHANNEL',
  ],
};

/**
 * The environment variables an image is known to set, or undefined when the image is not in the
 * table (then a rule must not assume anything beyond `PATH`). Accepts a reference string.
 */
export function knownEnvForImage(reference: string): readonly string[] | undefined {
  // Rules ask for the same few images on every lint: answers are cached and shared (read-only).
  let known = knownEnvCache.get(reference);
  if (known === undefined) {
    if (knownEnvCache.size > 2000) knownEnvCache.clear();
    known = knownEnvForName(normalizeImageName(parseImageReference(reference))) ?? null;
    knownEnvCache.set(reference, known);
  }
  return known ?? undefined;
}

const knownEnvCache = new Map<string, readonly string[] | null>();

function knownEnvForName(name: string): readonly string[] | undefined {
  for (const [pattern, vars] of Object.entries(KNOWN_BASE_IMAGE_ENV)) {
    const matches = pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
    if (matches) return [...UNIVERSAL_BASE_ENV, ...vars];
  }
  return undefined;
}

/** True when the base image `reference` is known to set `variable` (PATH for every image). */
export function isKnownBaseImageEnv(reference: string, variable: string): boolean {
  if (UNIVERSAL_BASE_ENV.includes(variable)) return true;
  const vars = knownEnvForImage(reference);
  if (!vars) return false;
  return vars.some((v) => (v.endsWith('*') ? variable.startsWith(v.slice(0, -1)) : v === variable));
}
