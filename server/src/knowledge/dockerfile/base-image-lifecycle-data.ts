/**
 * Base-image lifecycle data (catalog Appendix A): end-of-support dates, successors, deprecated
 * repositories and slim/runtime variants. Pure data: edit this file to update dates; the lookup
 * logic in `base-images.ts` and the rules never change for a data update.
 *
 * Dates are `YYYY-MM-DD`, or `YYYY-MM` when upstream only names a month (then the whole month
 * still counts as supported). A cycle is end-of-life from the day *after* its `eol` date.
 */

export interface LifecycleCycle {
  /** The version as it appears in tags: `3.8`, `16`, `22.04`, `2018.03`, `stream9`. */
  readonly cycle: string;
  /** Codenames that name this cycle in tags: `buster`, `jammy`, `hydrogen`. */
  readonly codenames?: readonly string[];
  /** Last supported day (or month); absent when no end date is announced yet. */
  readonly eol?: string;
  /** True when every older version of the family is also covered (`≤ 3.13 ended by …`). */
  readonly orOlder?: boolean;
  /** Free text shown after the date, such as "(security support ended 2024-08-14)". */
  readonly note?: string;
}

export interface LifecycleFamily {
  /** Stable identifier used in results: `debian`, `python`, `dotnet`. */
  readonly id: string;
  /** Human name used in messages: `Debian`, `Python`, `.NET`. */
  readonly label: string;
  /**
   * Normalised image names this family's version numbers apply to. A trailing `*` matches any
   * suffix (`mcr.microsoft.com/dotnet/*`).
   */
  readonly images: readonly string[];
  /**
   * True when cycles are `major.minor` (Python 3.8, Go 1.21): then a major-only tag such as
   * `python:3` floats and never matches, except through `majorAliases`.
   */
  readonly minorCycles: boolean;
  /** Major-only tags that do name one cycle: Python `2` is 2.7, the last 2.x. */
  readonly majorAliases?: Readonly<Record<string, string>>;
  /** Text stripped from the start of a tag before reading the version (`centos7`, `open-22-jdk`). */
  readonly tagPrefix?: RegExp;
  /** True when this family's codenames count in the tag of any image (Debian, Ubuntu). */
  readonly codenamesApplyToAnyImage?: boolean;
  /** True when an `alpine3.N` tag token on any image names a cycle of this family. */
  readonly alpineSuffix?: boolean;
  readonly cycles: readonly LifecycleCycle[];
  /** What to move to, for messages and fixes (A2). */
  readonly successor: string;
  /** Tag to suggest in a quick fix, when there is one obvious choice. */
  readonly successorTag?: string;
  /** Where the dates come from. */
  readonly source: string;
  /** When the entry was last checked against its source. */
  readonly reviewed: string;
}

const REVIEWED = '2026-11-22';

export const LIFECYCLE_FAMILIES: readonly LifecycleFamily[] = [
  {
    id: 'debian',
    label: 'Debian',
    images: ['debian'],
    minorCycles: false,
    codenamesApplyToAnyImage: true,
    cycles: [
      { cycle: '8', codenames: ['jessie'], eol: '2020-06-30', orOlder: true },
      { cycle: '9', codenames: ['stretch'], eol: '2022-06-30' },
      { cycle: '10', codenames: ['buster'], eol: '2024-06-30' },
      { cycle: '11', codenames: ['bullseye'], eol: '2026-08-31', note: '(security support ended 2024-08-14; date is the end of LTS)' },
      { cycle: '12', codenames: ['bookworm'], eol: '2028-06-30', note: '(security support ends 2026-06-10; date is the end of LTS)' },
      { cycle: '13', codenames: ['trixie'], eol: '2030-06-30', note: '(planned end of LTS)' },
    ],
    successor: 'Debian 13 (trixie)',
    successorTag: 'trixie',
    source: 'https://wiki.debian.org/LTS',
    reviewed: REVIEWED,
  },
  {
    id: 'ubuntu',
    label: 'Ubuntu',
    images: ['ubuntu'],
    minorCycles: true,
    codenamesApplyToAnyImage: true,
    cycles: [
      { cycle: '14.04', codenames: ['trusty'], eol: '2019-04-02', orOlder: true },
      { cycle: '16.04', codenames: ['xenial'], eol: '2021-04-02' },
      { cycle: '18.04', codenames: ['bionic'], eol: '2023-05-31' },
      { cycle: '20.04', codenames: ['focal'], eol: '2025-05-31' },
      { cycle: '22.04', codenames: ['jammy'], eol: '2027-04-01' },
      { cycle: '22.10', codenames: ['kinetic'], eol: '2023-07-20' },
      { cycle: '23.04', codenames: ['lunar'], eol: '2024-01-20' },
      { cycle: '23.10', codenames: ['mantic'], eol: '2024-07-12' },
      { cycle: '24.04', codenames: ['noble'], eol: '2029-05-31' },
      { cycle: '24.10', codenames: ['oracular'], eol: '2025-07-10' },
      { cycle: '25.04', codenames: ['plucky'], eol: '2026-01-17' },
      { cycle: '25.10', codenames: ['questing'], eol: '2026-07-01' },
      { cycle: '26.04', codenames: ['resolute'], eol: '2031-04-30' },
    ],
    successor: 'Ubuntu 24.04 or 26.04',
    successorTag: '24.04',
    source: 'https://ubuntu.com/about/release-cycle (end of standard support, not paid ESM)',
    reviewed: REVIEWED,
  },
  {
    id: 'centos',
    label: 'CentOS',
    images: ['centos'],
    minorCycles: false,
    tagPrefix: /^centos(?=\d)/,
    cycles: [
      { cycle: '6', eol: '2020-11-30', orOlder: true },
      { cycle: '7', eol: '2024-06-30' },
      { cycle: '8', eol: '2021-12-31' },
    ],
    successor: 'quay.io/centos/centos:stream9, almalinux:9 or redhat/ubi9',
    source: 'https://www.centos.org/centos-linux-eol/',
    reviewed: REVIEWED,
  },
  {
    id: 'centos-stream',
    label: 'CentOS Stream',
    images: ['quay.io/centos/centos'],
    minorCycles: false,
    cycles: [
      { cycle: 'stream8', eol: '2024-05-31' },
      { cycle: 'stream9', eol: '2027-05-31', note: '(planned)' },
    ],
    successor: 'quay.io/centos/centos:stream10, almalinux or redhat/ubi',
    source: 'https://www.centos.org/cl-vs-cs/',
    reviewed: REVIEWED,
  },
  {
    id: 'alpine',
    label: 'Alpine',
    images: ['alpine'],
    minorCycles: true,
    alpineSuffix: true,
    cycles: [
      { cycle: '3.13', eol: '2022-11-01', orOlder: true },
      { cycle: '3.14', eol: '2023-05-01' },
      { cycle: '3.15', eol: '2023-11-01' },
      { cycle: '3.16', eol: '2024-05-23' },
      { cycle: '3.17', eol: '2024-11-22' },
      { cycle: '3.18', eol: '2025-05-09' },
      { cycle: '3.19', eol: '2025-11-01' },
      { cycle: '3.20', eol: '2026-04-01' },
      { cycle: '3.21', eol: '2026-11-01' },
      { cycle: '3.22', eol: '2027-05-01' },
      { cycle: '3.23', eol: '2027-11-01' },
    ],
    successor: 'Alpine 3.23',
    successorTag: '3.23',
    source: 'https://alpinelinux.org/releases/',
    reviewed: REVIEWED,
  },
  {
    id: 'amazonlinux',
    label: 'Amazon Linux',
    images: ['amazonlinux'],
    minorCycles: false,
    cycles: [
      { cycle: '2018.03', eol: '2023-12-31', note: '(Amazon Linux 1)' },
      { cycle: '2', eol: '2026-06-30' },
      { cycle: '2023', eol: '2029-06-30' },
    ],
    successor: 'amazonlinux:2023',
    successorTag: '2023',
    source: 'https://aws.amazon.com/amazon-linux-2/faqs/',
    reviewed: REVIEWED,
  },
  {
    id: 'python',
    label: 'Python',
    images: ['python'],
    minorCycles: true,
    majorAliases: { '2': '2.7' },
    cycles: [
      { cycle: '2.7', eol: '2020-01-01' },
      { cycle: '3.5', eol: '2020-09-13', orOlder: true },
      { cycle: '3.6', eol: '2021-12-23' },
      { cycle: '3.7', eol: '2023-06-27' },
      { cycle: '3.8', eol: '2024-10-07' },
      { cycle: '3.9', eol: '2025-10-31' },
      { cycle: '3.10', eol: '2026-10-31', note: '(upstream: October 2026)' },
      { cycle: '3.11', eol: '2027-10-31' },
      { cycle: '3.12', eol: '2028-10-31' },
      { cycle: '3.13', eol: '2029-10-31' },
      { cycle: '3.14', eol: '2030-10-31' },
    ],
    successor: 'Python 3.13',
    successorTag: '3.13',
    source: 'https://devguide.python.org/versions/',
    reviewed: REVIEWED,
  },
  {
    id: 'node',
    label: 'Node.js',
    images: ['node'],
    minorCycles: false,
    cycles: [
      { cycle: '10', codenames: ['dubnium'], eol: '2021-04-30', orOlder: true },
      { cycle: '12', codenames: ['erbium'], eol: '2022-04-30' },
      { cycle: '14', codenames: ['fermium'], eol: '2023-04-30' },
      { cycle: '16', codenames: ['gallium'], eol: '2023-09-11' },
      { cycle: '17', eol: '2022-06-01' },
      { cycle: '18', codenames: ['hydrogen'], eol: '2025-04-30' },
      { cycle: '19', eol: '2023-06-01' },
      { cycle: '20', codenames: ['iron'], eol: '2026-04-30' },
      { cycle: '21', eol: '2024-06-01' },
      { cycle: '22', codenames: ['jod'], eol: '2027-04-30' },
      { cycle: '23', eol: '2025-06-01' },
      { cycle: '24', codenames: ['krypton'], eol: '2028-04-30' },
      { cycle: '25', eol: '2026-06-01' },
    ],
    successor: 'Node.js 22 or 24',
    successorTag: '24',
    source: 'https://github.com/nodejs/Release',
    reviewed: REVIEWED,
  },
  {
    id: 'golang',
    label: 'Go',
    images: ['golang'],
    minorCycles: true,
    cycles: [
      { cycle: '1.20', eol: '2024-02-06', orOlder: true },
      { cycle: '1.21', eol: '2024-08-13' },
      { cycle: '1.22', eol: '2025-02-11' },
      { cycle: '1.23', eol: '2025-08-12' },
      { cycle: '1.24', eol: '2026-02', note: '(when Go 1.26 shipped)' },
      { cycle: '1.25', eol: '2026-08', note: '(when Go 1.27 shipped)' },
      { cycle: '1.26' },
    ],
    successor: 'the newest Go release',
    source: 'https://go.dev/doc/devel/release (a release is supported until the second newer one ships)',
    reviewed: REVIEWED,
  },
  {
    id: 'php',
    label: 'PHP',
    images: ['php'],
    minorCycles: true,
    cycles: [
      { cycle: '7.4', eol: '2022-11-28', orOlder: true },
      { cycle: '8.0', eol: '2023-11-26' },
      { cycle: '8.1', eol: '2025-12-31' },
      { cycle: '8.2', eol: '2026-12-31' },
      { cycle: '8.3', eol: '2027-12-31' },
      { cycle: '8.4', eol: '2028-12-31' },
    ],
    successor: 'PHP 8.4',
    successorTag: '8.4',
    source: 'https://www.php.net/supported-versions.php',
    reviewed: REVIEWED,
  },
  {
    id: 'ruby',
    label: 'Ruby',
    images: ['ruby'],
    minorCycles: true,
    cycles: [
      { cycle: '2.7', eol: '2023-03-31', orOlder: true },
      { cycle: '3.0', eol: '2024-04-23' },
      { cycle: '3.1', eol: '2025-03-31' },
      { cycle: '3.2', eol: '2026-03-31' },
      { cycle: '3.3', eol: '2027-03-31' },
      { cycle: '3.4', eol: '2028-03-31' },
    ],
    successor: 'Ruby 3.4',
    successorTag: '3.4',
    source: 'https://www.ruby-lang.org/en/downloads/branches/',
    reviewed: REVIEWED,
  },
  {
    id: 'dotnet',
    label: '.NET',
    images: [
      'mcr.microsoft.com/dotnet/sdk',
      'mcr.microsoft.com/dotnet/aspnet',
      'mcr.microsoft.com/dotnet/runtime',
      'mcr.microsoft.com/dotnet/runtime-deps',
      'mcr.microsoft.com/dotnet/core/*',
    ],
    minorCycles: true,
    cycles: [
      { cycle: '3.1', eol: '2022-12-13', orOlder: true },
      { cycle: '5.0', eol: '2022-05-10' },
      { cycle: '6.0', eol: '2024-11-12' },
      { cycle: '7.0', eol: '2024-05-14' },
      { cycle: '8.0', eol: '2026-11-10' },
      { cycle: '9.0', eol: '2026-11-10' },
      { cycle: '10.0', eol: '2028-11-14' },
    ],
    successor: '.NET 10.0',
    successorTag: '10.0',
    source: 'https://dotnet.microsoft.com/platform/support/policy/dotnet-core',
    reviewed: REVIEWED,
  },
  {
    id: 'java',
    label: 'Java',
    images: ['eclipse-temurin', 'amazoncorretto', 'sapmachine', 'ibm-semeru-runtimes'],
    minorCycles: false,
    tagPrefix: /^open-/,
    // Only non-LTS feature releases: LTS lines (8, 11, 17, 21, 25) end on vendor-specific dates.
    cycles: [
      { cycle: '22', eol: '2024-09-17' },
      { cycle: '23', eol: '2025-03-18' },
      { cycle: '24', eol: '2025-09-16' },
    ],
    successor: 'Java 25 (LTS)',
    successorTag: '25',
    source: 'https://www.oracle.com/java/technologies/java-se-support-roadmap.html (feature releases end when the next ships)',
    reviewed: REVIEWED,
  },
];

export interface DeprecatedImageRule {
  readonly id: string;
  /**
   * Normalised image names this applies to; a trailing `*` matches any suffix, and the single
   * entry `*official*` means every Docker Official Image (a name without `/`).
   */
  readonly images: readonly string[];
  /** Only tags matching this are deprecated (absent: every tag, including none). */
  readonly tagPattern?: RegExp;
  /** Tags matching this are exempt. */
  readonly exceptTagPattern?: RegExp;
  /** When it was deprecated, in words or as a date. */
  readonly since: string;
  /** What to use instead. */
  readonly replacement: string;
  /** Prefix rewrite that yields the exact successor name, when there is one. */
  readonly rename?: { readonly from: string; readonly to: string };
  readonly message: string;
}

export const DEPRECATED_IMAGES: readonly DeprecatedImageRule[] = [
  {
    id: 'openjdk',
    images: ['openjdk'],
    exceptTagPattern: /-ea/,
    since: '2022-07',
    replacement: 'eclipse-temurin, amazoncorretto, ibm-semeru-runtimes or sapmachine',
    message: 'The `openjdk` image is deprecated and receives no updates since July 2022 (only early-access builds remain).',
  },
  {
    id: 'java',
    images: ['java'],
    since: '2017',
    replacement: 'eclipse-temurin',
    message: 'The `java` image was deprecated in 2017 and is years out of date.',
  },
  {
    id: 'adoptopenjdk',
    images: ['adoptopenjdk', 'adoptopenjdk/*'],
    since: '2021',
    replacement: 'eclipse-temurin',
    message: 'AdoptOpenJDK moved to Eclipse Adoptium in 2021; these images are no longer updated.',
  },
  {
    id: 'centos',
    images: ['centos'],
    since: '2024-06-30',
    replacement: 'quay.io/centos/centos:stream9, almalinux or redhat/ubi9',
    message: 'CentOS Linux is discontinued (the last release, 7, ended on 2024-06-30) and the `centos` image is no longer updated.',
  },
  {
    id: 'dotnet-core-repositories',
    images: ['mcr.microsoft.com/dotnet/core/*', 'mcr.microsoft.com/dotnet/core-nightly/*'],
    since: '2020 (.NET 5)',
    replacement: 'mcr.microsoft.com/dotnet/{sdk,aspnet,runtime}',
    rename: { from: 'mcr.microsoft.com/dotnet/core/', to: 'mcr.microsoft.com/dotnet/' },
    message: 'The `dotnet/core` repositories were retired when .NET 5 moved images to `mcr.microsoft.com/dotnet/<image>`.',
  },
  {
    id: 'microsoft-dotnet-hub',
    images: ['microsoft/dotnet', 'microsoft/aspnetcore', 'microsoft/aspnetcore-build'],
    since: '2020 (.NET 5)',
    replacement: 'mcr.microsoft.com/dotnet/{sdk,aspnet,runtime}',
    message: 'The Docker Hub `microsoft/*` .NET images are retired; .NET images are published on mcr.microsoft.com.',
  },
  {
    id: 'onbuild-tags',
    images: ['*official*'],
    tagPattern: /(?:^|-)onbuild(?:$|-)/,
    since: 'removed upstream years ago',
    replacement: 'explicit COPY and RUN steps',
    message: 'The `-onbuild` variants of official images were removed years ago and are no longer updated.',
  },
  {
    id: 'bitnami-versioned',
    images: ['bitnami/*'],
    tagPattern: /^\d/,
    since: '2025-08',
    replacement: 'the upstream official image or a maintained vendor image',
    message: 'Versioned `bitnami/*` tags moved to `bitnamilegacy/*` in 2025 and receive no further updates.',
  },
];

/** Slim or runtime variants of full-size images, for `final-stage-jdk-image` and `final-stage-full-language-image`. */
export interface RuntimeVariantRule {
  readonly id: string;
  readonly kind: 'jdk' | 'full-language' | 'sdk' | 'toolchain';
  /** Normalised image names; a trailing `*` matches any suffix. */
  readonly images: readonly string[];
  readonly message: string;
}

export const RUNTIME_VARIANT_RULES: readonly RuntimeVariantRule[] = [
  {
    id: 'temurin-jdk',
    kind: 'jdk',
    images: ['eclipse-temurin', 'ibm-semeru-runtimes', 'sapmachine'],
    message: 'A JDK image carries compilers and tools the application does not need at run time; the JRE variant is much smaller.',
  },
  {
    id: 'liberica-jdk',
    kind: 'jdk',
    images: ['bellsoft/liberica-openjdk-*'],
    message: 'A JDK image carries compilers and tools the application does not need at run time; BellSoft ships a JRE image.',
  },
  {
    id: 'build-tool-jdk',
    kind: 'jdk',
    images: ['maven', 'gradle'],
    message: 'A Maven or Gradle image is a build environment; run the built application on a JRE image.',
  },
  {
    id: 'python-full',
    kind: 'full-language',
    images: ['python'],
    message: 'The full `python` image includes compilers and development headers; the `-slim` variant of the same version is several hundred MB smaller.',
  },
  {
    id: 'node-full',
    kind: 'full-language',
    images: ['node'],
    message: 'The full `node` image includes build tools the application does not need; the `-slim` (or `-alpine`) variant of the same version is much smaller.',
  },
  {
    id: 'ruby-full',
    kind: 'full-language',
    images: ['ruby'],
    message: 'The full `ruby` image includes compilers and development headers; the `-slim` variant of the same version is much smaller.',
  },
  {
    id: 'dotnet-sdk',
    kind: 'sdk',
    images: ['mcr.microsoft.com/dotnet/sdk'],
    message: 'The .NET SDK image is for building; run the published application on the `aspnet` or `runtime` image of the same version.',
  },
  {
    id: 'golang-toolchain',
    kind: 'toolchain',
    images: ['golang'],
    message: 'The `golang` image holds the whole Go toolchain; a compiled binary only needs a minimal image such as distroless static or a slim OS.',
  },
  {
    id: 'rust-toolchain',
    kind: 'toolchain',
    images: ['rust'],
    message: 'The `rust` image holds the whole Rust toolchain; a compiled binary only needs a minimal image such as distroless cc or a slim OS.',
  },
];
