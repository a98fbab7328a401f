/**
 * Build arguments the builder defines without an `ARG` default: the platform ARGs, the proxy ARGs
 * and BuildKit's own switches. Used by hover, `platform-arg-undeclared`, `undefined-variable`,
 * `arg-not-in-scope-in-run` and `from-undefined-arg`.
 */

export type PredefinedArgCategory = 'platform' | 'proxy' | 'buildkit';

export interface PredefinedArgDoc {
  readonly name: string;
  readonly category: PredefinedArgCategory;
  readonly summary: string;
  /** Markdown. */
  readonly details: string;
  /**
   * Example values, for a build started with `--platform linux/amd64,linux/arm64` on an amd64
   * machine: one entry per target platform of that build.
   */
  readonly examples?: Readonly<Record<'linux/amd64' | 'linux/arm64', string>>;
  /** Example value for non-platform args. */
  readonly example?: string;
  /**
   * True when a stage must declare `ARG <name>` before the value is visible there. Platform ARGs
   * are automatic only in the global scope (FROM lines); proxy and BuildKit ARGs need no declaration.
   */
  readonly needsDeclarationInStage: boolean;
  /** Lowest `docker/dockerfile` version that sets it, when newer than 1.0. */
  readonly minFrontend?: string;
}

const PLATFORM_SCOPE =
  'Automatic in the global scope only: a `FROM` line can use it directly, but inside a stage it is empty until the stage declares `ARG <NAME>` (no value). Declare it in every stage that uses it.';

function platformArg(
  name: string,
  summary: string,
  amd64: string,
  arm64: string,
  extra: string,
): PredefinedArgDoc {
  return {
    name,
    category: 'platform',
    summary,
    details: [extra, PLATFORM_SCOPE.replace('<NAME>', name)].join('\n\n'),
    examples: { 'linux/amd64': amd64, 'linux/arm64': arm64 },
    needsDeclarationInStage: true,
  };
}

export const PLATFORM_ARGS: readonly PredefinedArgDoc[] = [
  platformArg(
    'TARGETPLATFORM',
    'The platform the image is being built for, as `os/arch[/variant]`.',
    'linux/amd64',
    'linux/arm64',
    'In a multi-platform build each target platform gets its own run of the stage, with its own value. It is the default platform of every `FROM`, so `FROM --platform=$TARGETPLATFORM` is redundant.',
  ),
  platformArg(
    'TARGETOS',
    'The operating system part of TARGETPLATFORM (`linux`, `windows`).',
    'linux',
    'linux',
    'Typical use: `GOOS=$TARGETOS` in a cross-compiling Go stage.',
  ),
  platformArg(
    'TARGETARCH',
    'The architecture part of TARGETPLATFORM (`amd64`, `arm64`, `arm`, `riscv64`, `ppc64le`, `s390x`, `386`).',
    'amd64',
    'arm64',
    'Uses Go architecture names, which differ from `uname -m` (`amd64` vs `x86_64`, `arm64` vs `aarch64`): map them when building download URLs.',
  ),
  platformArg(
    'TARGETVARIANT',
    'The variant part of TARGETPLATFORM (`v7` for `linux/arm/v7`), often empty.',
    '',
    '',
    'Empty for `linux/amd64` and `linux/arm64`; set for 32-bit ARM (`v6`, `v7`) and for explicit variants such as `linux/amd64/v3`.',
  ),
  platformArg(
    'BUILDPLATFORM',
    'The platform of the machine running the build, as `os/arch[/variant]`.',
    'linux/amd64',
    'linux/amd64',
    'The same for every target platform of one build. `FROM --platform=$BUILDPLATFORM` runs a stage natively on the builder, which is how cross-compilation avoids emulation.',
  ),
  platformArg(
    'BUILDOS',
    'The operating system part of BUILDPLATFORM.',
    'linux',
    'linux',
    'The same for every target platform of one build.',
  ),
  platformArg(
    'BUILDARCH',
    'The architecture part of BUILDPLATFORM.',
    'amd64',
    'amd64',
    'The same for every target platform of one build: on an amd64 machine it stays `amd64` even while building the arm64 image.',
  ),
  platformArg(
    'BUILDVARIANT',
    'The variant part of BUILDPLATFORM, usually empty.',
    '',
    '',
    'Empty on amd64 and arm64 build machines.',
  ),
];

const PROXY_DETAILS = [
  'Passed with `--build-arg` (or picked up from the Docker client\'s proxy configuration), it is usable in RUN without an ARG declaration, and both the upper- and lower-case spellings are predefined because tools disagree on which one they read.',
  'These values are left out of `docker history` unless the Dockerfile declares them with ARG, so credentials in a proxy URL do not leak into the image metadata.',
].join('\n\n');

function proxyArgs(base: string, summary: string, example: string): PredefinedArgDoc[] {
  return [base.toUpperCase(), base.toLowerCase()].map((name) => ({
    name,
    category: 'proxy' as const,
    summary,
    details: PROXY_DETAILS,
    example,
    needsDeclarationInStage: false,
  }));
}

export const PROXY_ARGS: readonly PredefinedArgDoc[] = [
  ...proxyArgs('HTTP_PROXY', 'Proxy URL for plain HTTP requests made during the build.', 'http://proxy.example.com:3128'),
  ...proxyArgs('HTTPS_PROXY', 'Proxy URL for HTTPS requests made during the build.', 'http://proxy.example.com:3128'),
  ...proxyArgs('FTP_PROXY', 'Proxy URL for FTP requests made during the build.', 'http://proxy.example.com:3128'),
  ...proxyArgs('NO_PROXY', 'Comma-separated hosts and domains that bypass the proxy.', 'localhost,127.0.0.1,.internal.example.com'),
  ...proxyArgs('ALL_PROXY', 'Proxy URL used for any protocol without a specific proxy setting.', 'socks5://proxy.example.com:1080'),
];

export const BUILDKIT_ARGS: readonly PredefinedArgDoc[] = [
  {
    name: 'BUILDKIT_INLINE_CACHE',
    category: 'buildkit',
    summary: 'Set to `1` to embed cache metadata in the image so later builds can use it with `--cache-from`.',
    details:
      'Only the `inline` cache export is affected; it records the cache for the final image\'s layers (`min` mode), not intermediate stages. The registry cache exporter (`--cache-to type=registry`) is usually the better option today.',
    example: '1',
    needsDeclarationInStage: false,
  },
  {
    name: 'BUILDKIT_SYNTAX',
    category: 'buildkit',
    summary: 'Overrides the frontend image, like a `# syntax=` directive given from the command line.',
    details: 'Takes an image reference such as `docker/dockerfile:1`; it wins over the directive in the file.',
    example: 'docker/dockerfile:1',
    needsDeclarationInStage: false,
  },
  {
    name: 'BUILDKIT_CONTEXT_KEEP_GIT_DIR',
    category: 'buildkit',
    summary: 'Set to `1` to keep the `.git` folder when the build context is a git repository.',
    details: 'Useful when the build needs git metadata (commit, tags). For `ADD <git url>` use `ADD --keep-git-dir` instead.',
    example: '1',
    needsDeclarationInStage: false,
  },
  {
    name: 'BUILDKIT_MULTI_PLATFORM',
    category: 'buildkit',
    summary: 'Set to `1` to always produce a multi-platform image index, even for a single platform.',
    details: 'Makes the output shape independent of how many platforms were requested.',
    example: '1',
    needsDeclarationInStage: false,
    minFrontend: '1.3',
  },
  {
    name: 'BUILDKIT_SANDBOX_HOSTNAME',
    category: 'buildkit',
    summary: 'Sets the hostname seen by RUN commands (default `buildkitsandbox`).',
    details: 'Only affects the build containers, not containers started from the image.',
    example: 'builder',
    needsDeclarationInStage: false,
    minFrontend: '1.4',
  },
  {
    name: 'BUILDKIT_CACHE_MOUNT_NS',
    category: 'buildkit',
    summary: 'Sets a namespace for cache mount IDs, so separate projects on one builder do not share caches.',
    details: 'Applies to every `RUN --mount=type=cache` of the build.',
    example: 'my-project',
    needsDeclarationInStage: false,
  },
  {
    name: 'BUILDKIT_DOCKERFILE_CHECK',
    category: 'buildkit',
    summary: 'Configures build checks with the same syntax as the `# check=` directive, overriding it.',
    details: 'For example `skip=JSONArgsRecommended;error=true`.',
    example: 'skip=all',
    needsDeclarationInStage: false,
    minFrontend: '1.8',
  },
  {
    name: 'SOURCE_DATE_EPOCH',
    category: 'buildkit',
    summary: 'A Unix timestamp used as the creation time of the image and its history, for reproducible builds.',
    details:
      'Usually set from the last commit: `--build-arg SOURCE_DATE_EPOCH=$(git log -1 --pretty=%ct)`. File timestamps in layers are only rewritten when the exporter is told to (`rewrite-timestamp=true`). Also visible to RUN commands as an environment variable once declared.',
    example: '1735689600',
    needsDeclarationInStage: false,
  },
  {
    name: 'TARGETSTAGE',
    category: 'buildkit',
    summary: 'The name of the stage being built as the final target (`--target`, or the last stage).',
    details: 'Declare it with `ARG TARGETSTAGE` in a stage to read it.',
    example: 'release',
    needsDeclarationInStage: true,
    minFrontend: '1.11',
  },
];

export const PREDEFINED_ARGS: readonly PredefinedArgDoc[] = [...PLATFORM_ARGS, ...PROXY_ARGS, ...BUILDKIT_ARGS];

const BY_NAME: ReadonlyMap<string, PredefinedArgDoc> = new Map(PREDEFINED_ARGS.map((a) => [a.name, a]));

/** The predefined argument of exactly this name (case-sensitive, like the builder; proxy args exist in both cases). */
export function getPredefinedArg(name: string): PredefinedArgDoc | undefined {
  return BY_NAME.get(name);
}

export const PLATFORM_ARG_NAMES: ReadonlySet<string> = new Set(PLATFORM_ARGS.map((a) => a.name));

/** True for the eight platform arguments (TARGETPLATFORM, BUILDARCH…). */
export function isPlatformArg(name: string): boolean {
  return PLATFORM_ARG_NAMES.has(name);
}

/** True for the proxy arguments in any case (`Http_Proxy` too), as `arg-not-in-scope-in-run` exempts them. */
export function isProxyArg(name: string): boolean {
  return BY_NAME.get(name.toUpperCase())?.category === 'proxy';
}
