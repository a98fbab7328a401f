/**
 * Every `--flag` the Dockerfile frontend accepts, per instruction, plus the RUN --mount types and
 * their options. Used by hover, completion and the flag rules (`flag-unknown`, `flag-missing-value`,
 * `flag-duplicate`, `flag-invalid-boolean`, `flag-needs-newer-syntax`, `run-mount-invalid`…).
 * Minimum frontend versions come from Appendix B2 of the rule catalog.
 */

export type FlagValueKind = 'none' | 'boolean' | 'string' | 'duration' | 'integer' | 'platform' | 'mount' | 'enum';

export type FlaggedInstruction = 'FROM' | 'RUN' | 'COPY' | 'ADD' | 'HEALTHCHECK';

export interface FlagDoc {
  readonly instruction: FlaggedInstruction;
  /** Name without the leading dashes: `from`, `mount`, `start-period`. */
  readonly name: string;
  readonly valueKind: FlagValueKind;
  /** Allowed values for `enum` flags. */
  readonly values?: readonly string[];
  /** True when the flag may appear several times on one instruction. */
  readonly repeatable: boolean;
  /** Lowest `docker/dockerfile` version that accepts it; `1.14-labs` style for labs-only flags. */
  readonly minFrontend?: string;
  /** True when only the `-labs` frontend channel accepts it. */
  readonly labsOnly?: boolean;
  /** For boolean flags: true when `--flag` alone (no `=value`) is accepted and means true. */
  readonly valueOptional?: boolean;
  readonly summary: string;
  readonly details: string;
}

export const FLAGS: readonly FlagDoc[] = [
  // FROM
  {
    instruction: 'FROM',
    name: 'platform',
    valueKind: 'platform',
    repeatable: false,
    summary: 'Builds the stage for the given platform instead of the target platform.',
    details: [
      'Takes `os/arch[/variant]`, e.g. `linux/arm64` or `linux/arm/v7`, usually through a variable: `--platform=$BUILDPLATFORM` runs the stage natively on the build machine (for cross-compilation), `$TARGETPLATFORM` is the default and can be left out.',
      'A literal value pins the stage to one platform, so a multi-platform build has to emulate it.',
    ].join('\n\n'),
  },
  // RUN
  {
    instruction: 'RUN',
    name: 'mount',
    valueKind: 'mount',
    repeatable: true,
    minFrontend: '1.2',
    summary: 'Mounts a bind, cache, tmpfs, secret or SSH agent socket into the build container for this RUN only.',
    details: [
      'The value is a comma-separated list of `key=value` options starting with `type=` (default `bind`): `--mount=type=cache,target=/root/.cache/pip`. Several `--mount` flags may be given.',
      'Nothing mounted this way ends up in the image layer: caches persist between builds on the builder, secrets and SSH sockets are only visible while the command runs, and bind mounts read files from the context or another stage without copying them.',
    ].join('\n\n'),
  },
  {
    instruction: 'RUN',
    name: 'network',
    valueKind: 'enum',
    values: ['default', 'none', 'host'],
    repeatable: false,
    minFrontend: '1.3',
    summary: 'Chooses the network the command runs in: `default`, `none` or `host`.',
    details: [
      '`none` cuts the command off from the network, a good way to prove that a step is hermetic. `host` uses the build machine\'s network stack and needs the `network.host` entitlement (`--allow network.host`), which builders refuse by default.',
    ].join('\n\n'),
  },
  {
    instruction: 'RUN',
    name: 'security',
    valueKind: 'enum',
    values: ['sandbox', 'insecure'],
    repeatable: false,
    minFrontend: '1.20',
    summary: 'Runs the command with full privileges (`insecure`) or the normal sandbox (`sandbox`, default).',
    details: [
      '`insecure` is like `docker run --privileged`: the command gets all capabilities and device access. It needs the `security.insecure` entitlement on both the builder and the build command, and should be avoided.',
    ].join('\n\n'),
  },
  {
    instruction: 'RUN',
    name: 'device',
    valueKind: 'string',
    repeatable: true,
    minFrontend: '1.14-labs',
    labsOnly: true,
    summary: 'Exposes a CDI device (for example a GPU) to the command. Labs channel only.',
    details: [
      'The value names a Container Device Interface device, such as `--device=nvidia.com/gpu=all`, optionally followed by `,required`. The builder must know the device, and the Dockerfile must pin a `docker/dockerfile:<version>-labs` frontend.',
    ].join('\n\n'),
  },
  // COPY
  {
    instruction: 'COPY',
    name: 'from',
    valueKind: 'string',
    repeatable: false,
    summary: 'Copies from an earlier stage, an image or a named build context instead of the build context.',
    details: [
      'The value is a stage name (`--from=build`), a stage index (`--from=0`), an image reference (`--from=nginx:1.27`) or a named context passed with `--build-context`. Variables are not expanded here: to choose the source with an ARG, make a stage `FROM ${IMAGE} AS src` and copy from `src`.',
    ].join('\n\n'),
  },
  {
    instruction: 'COPY',
    name: 'chown',
    valueKind: 'string',
    repeatable: false,
    summary: 'Sets the owner of the copied files: `user`, `user:group`, `uid` or `uid:gid`.',
    details: [
      'Without it, copied files belong to root (UID 0). Names are looked up in the image\'s `/etc/passwd` and `/etc/group`, so with names the files must exist there; numeric IDs always work. Ignored on Windows containers.',
    ].join('\n\n'),
  },
  {
    instruction: 'COPY',
    name: 'chmod',
    valueKind: 'string',
    repeatable: false,
    minFrontend: '1.2',
    summary: 'Sets the permission bits of the copied files, e.g. `--chmod=755` or `--chmod=u=rwx,go=rx`.',
    details: [
      'Octal modes work everywhere; symbolic modes need a newer frontend. Saves a separate `RUN chmod`, which would duplicate the files in a new layer. Avoid world-writable modes such as `777`.',
    ].join('\n\n'),
  },
  {
    instruction: 'COPY',
    name: 'link',
    valueKind: 'boolean',
    valueOptional: true,
    repeatable: false,
    minFrontend: '1.4',
    summary: 'Copies the files into an independent layer that does not depend on the layers below it.',
    details: [
      'With `--link`, changing an earlier instruction does not invalidate this copy, and a rebuilt base image can be swapped underneath without re-running it. The destination cannot see files of earlier layers while copying, so it cannot follow symlinks in the destination path.',
    ].join('\n\n'),
  },
  {
    instruction: 'COPY',
    name: 'parents',
    valueKind: 'boolean',
    valueOptional: true,
    repeatable: false,
    minFrontend: '1.20',
    summary: 'Keeps the source paths\' parent folders under the destination instead of flattening them.',
    details: [
      '`COPY --parents ./src/*/package.json /app/` recreates `/app/src/<name>/package.json`. A `/./` in a source marks where the kept path starts (`./build/./out/bin` copies `out/bin`). Available in labs from 1.7, stable from 1.20.',
    ].join('\n\n'),
  },
  {
    instruction: 'COPY',
    name: 'exclude',
    valueKind: 'string',
    repeatable: true,
    minFrontend: '1.19',
    summary: 'Leaves out source paths matching a pattern; may be given several times.',
    details: [
      'Patterns follow `.dockerignore` syntax: `COPY --exclude=*.md --exclude=tests/ . /app/`. Excluding here does not remove the files from the build context; use `.dockerignore` for that. Available in labs from 1.7, stable from 1.19.',
    ].join('\n\n'),
  },
  // ADD
  {
    instruction: 'ADD',
    name: 'chown',
    valueKind: 'string',
    repeatable: false,
    summary: 'Sets the owner of the added files: `user`, `user:group`, `uid` or `uid:gid`.',
    details: [
      'Without it, added files belong to root. Names must resolve through the image\'s `/etc/passwd` and `/etc/group`; numeric IDs always work. Ignored on Windows containers.',
    ].join('\n\n'),
  },
  {
    instruction: 'ADD',
    name: 'chmod',
    valueKind: 'string',
    repeatable: false,
    minFrontend: '1.2',
    summary: 'Sets the permission bits of the added files, e.g. `--chmod=644`.',
    details: ['Avoids a separate `RUN chmod` layer. Avoid world-writable modes such as `777`.'].join('\n\n'),
  },
  {
    instruction: 'ADD',
    name: 'link',
    valueKind: 'boolean',
    valueOptional: true,
    repeatable: false,
    minFrontend: '1.4',
    summary: 'Adds the files as an independent layer that survives changes to earlier layers.',
    details: ['Same behaviour as `COPY --link`: better cache reuse and base-image rebasing without re-running the step.'].join('\n\n'),
  },
  {
    instruction: 'ADD',
    name: 'checksum',
    valueKind: 'string',
    repeatable: false,
    minFrontend: '1.6',
    summary: 'Verifies a remote source against a digest, e.g. `--checksum=sha256:<64 hex digits>`.',
    details: [
      'The build fails when the downloaded content does not match, so a compromised or changed file cannot slip in. For git sources the value is the commit hash. Only remote sources can be checked.',
    ].join('\n\n'),
  },
  {
    instruction: 'ADD',
    name: 'keep-git-dir',
    valueKind: 'boolean',
    valueOptional: true,
    repeatable: false,
    minFrontend: '1.1',
    summary: 'Keeps the `.git` folder when adding a git repository.',
    details: [
      'By default only the checked-out files are added. Keep the `.git` folder when the build needs history or tags, for example for `git describe`. The `BUILDKIT_CONTEXT_KEEP_GIT_DIR` build argument does the same for a git build context.',
    ].join('\n\n'),
  },
  {
    instruction: 'ADD',
    name: 'unpack',
    valueKind: 'boolean',
    valueOptional: true,
    repeatable: false,
    minFrontend: '1.17',
    summary: 'Controls whether an archive is extracted: `--unpack=true` also extracts downloaded archives.',
    details: [
      'Local archives are extracted by default and remote ones are not. `--unpack=false` keeps a local archive as a file; `--unpack=true` extracts a downloaded `.tar.gz` in place.',
    ].join('\n\n'),
  },
  {
    instruction: 'ADD',
    name: 'exclude',
    valueKind: 'string',
    repeatable: true,
    minFrontend: '1.19',
    summary: 'Leaves out source paths matching a pattern; may be given several times.',
    details: ['Patterns follow `.dockerignore` syntax. Available in labs from 1.7, stable from 1.19.'].join('\n\n'),
  },
  // HEALTHCHECK
  {
    instruction: 'HEALTHCHECK',
    name: 'interval',
    valueKind: 'duration',
    repeatable: false,
    summary: 'Time between two checks (default `30s`).',
    details: ['A Go duration such as `10s`, `1m` or `1m30s`; a bare number is rejected. Must be at least 1ms.'].join('\n\n'),
  },
  {
    instruction: 'HEALTHCHECK',
    name: 'timeout',
    valueKind: 'duration',
    repeatable: false,
    summary: 'How long one check may run before it counts as failed (default `30s`).',
    details: ['A Go duration such as `3s`. Keep it well below the interval.'].join('\n\n'),
  },
  {
    instruction: 'HEALTHCHECK',
    name: 'start-period',
    valueKind: 'duration',
    repeatable: false,
    summary: 'Grace period after start during which failures do not count (default `0s`).',
    details: ['A successful check during the period ends it early and marks the container healthy.'].join('\n\n'),
  },
  {
    instruction: 'HEALTHCHECK',
    name: 'start-interval',
    valueKind: 'duration',
    repeatable: false,
    minFrontend: '1.6',
    summary: 'Time between checks during the start period (default `5s`).',
    details: ['Lets a container report healthy quickly after start while keeping a slower `--interval` later. Needs Docker Engine 25 or newer at run time.'].join('\n\n'),
  },
  {
    instruction: 'HEALTHCHECK',
    name: 'retries',
    valueKind: 'integer',
    repeatable: false,
    summary: 'Consecutive failures needed to mark the container unhealthy (default `3`).',
    details: ['A whole number of at least 1.'].join('\n\n'),
  },
];

function flagName(name: string): string {
  return name.replace(/^-+/, '').toLowerCase();
}

/** Upper-case instruction → flag name (lower case, no dashes) → documentation; a later entry wins. */
const BY_INSTRUCTION: ReadonlyMap<string, ReadonlyMap<string, FlagDoc>> = (() => {
  const out = new Map<string, Map<string, FlagDoc>>();
  for (const f of FLAGS) {
    const instruction = f.instruction.toUpperCase();
    let byName = out.get(instruction);
    if (!byName) out.set(instruction, (byName = new Map()));
    byName.set(flagName(f.name), f);
  }
  return out;
})();

/** Documentation for `--name` on `instruction` (any case; leading dashes optional). */
export function getFlagDoc(instruction: string, name: string): FlagDoc | undefined {
  // Rules ask for every flag of the file: names as the model keeps them (no dashes, lower case) are found
  // without building a normalised string.
  const byName = BY_INSTRUCTION.get(instruction) ?? BY_INSTRUCTION.get(instruction.toUpperCase());
  return byName && (byName.get(name) ?? byName.get(flagName(name)));
}

/**
 * Whether `--name` on `instruction` must be written with a value (`--from=…`). A flag whose value may be left out
 * (`--link`) and an unknown flag need none.
 */
export function flagNeedsValue(instruction: string, name: string): boolean {
  const doc = getFlagDoc(instruction, name);
  return doc !== undefined && doc.valueKind !== 'none' && !doc.valueOptional;
}

/** All flags an instruction accepts (empty for instructions without flags). */
export function flagsFor(instruction: string): readonly FlagDoc[] {
  const upper = instruction.toUpperCase();
  return FLAGS.filter((f) => f.instruction === upper);
}

// ---------------------------------------------------------------------------------------------
// RUN --mount types and options

export type MountType = 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh';

export type MountOptionValueKind = 'path' | 'string' | 'boolean' | 'enum' | 'octal' | 'integer' | 'size' | 'env-name';

export interface MountOptionDoc {
  /** Canonical option name. */
  readonly name: string;
  /** Other spellings BuildKit accepts for the same option. */
  readonly aliases: readonly string[];
  readonly valueKind: MountOptionValueKind;
  readonly values?: readonly string[];
  /** True when the option may be written without `=value` (`ro`, `rw`, `required`). */
  readonly valueOptional?: boolean;
  readonly minFrontend?: string;
  readonly summary: string;
}

export interface MountTypeDoc {
  readonly type: MountType;
  readonly summary: string;
  readonly details: string;
  /** Options this type accepts (besides `type`). */
  readonly options: readonly MountOptionDoc[];
  /** Options of which at least one must be present (canonical names); empty when none is required. */
  readonly requiresOneOf: readonly string[];
  /**
   * Canonical names of options BuildKit's parser accepts on this type but ignores. A rule may
   * treat them more gently than options the builder rejects (`size` on a cache mount fails the build).
   */
  readonly ignoredOptions: readonly string[];
}

const TARGET: MountOptionDoc = {
  name: 'target',
  aliases: ['dst', 'destination'],
  valueKind: 'path',
  summary: 'Path inside the build container where the mount appears.',
};
const SOURCE: MountOptionDoc = {
  name: 'source',
  aliases: ['src'],
  valueKind: 'path',
  summary: 'Path inside the `from` source (build context, stage or image) to mount; defaults to its root.',
};
const FROM: MountOptionDoc = {
  name: 'from',
  aliases: [],
  valueKind: 'string',
  summary: 'Stage, image or named context to take the files from; defaults to the build context (bind) or an empty folder (cache). Variables are not expanded.',
};
const READONLY: MountOptionDoc = {
  name: 'readonly',
  aliases: ['ro'],
  valueKind: 'boolean',
  valueOptional: true,
  summary: 'Mounts read-only.',
};
const READWRITE: MountOptionDoc = {
  name: 'readwrite',
  aliases: ['rw'],
  valueKind: 'boolean',
  valueOptional: true,
  summary: 'Allows writes; they are thrown away after the command.',
};
const ID: MountOptionDoc = {
  name: 'id',
  aliases: [],
  valueKind: 'string',
  summary: 'Identifier of the cache, secret or SSH agent.',
};
const MODE: MountOptionDoc = {
  name: 'mode',
  aliases: [],
  valueKind: 'octal',
  summary: 'Octal permission bits of the mounted file or folder.',
};
const UID: MountOptionDoc = { name: 'uid', aliases: [], valueKind: 'integer', summary: 'Numeric owner of the mount.' };
const GID: MountOptionDoc = { name: 'gid', aliases: [], valueKind: 'integer', summary: 'Numeric group of the mount.' };
const REQUIRED: MountOptionDoc = {
  name: 'required',
  aliases: [],
  valueKind: 'boolean',
  valueOptional: true,
  summary: 'Fails the build when the secret or SSH agent was not provided, instead of skipping the mount.',
};

export const MOUNT_TYPES: readonly MountTypeDoc[] = [
  {
    type: 'bind',
    summary: 'Mounts files from the build context, a stage or an image, read-only by default (the default type).',
    details:
      'Reads files without copying them into a layer, e.g. `--mount=type=bind,source=go.sum,target=go.sum` for a dependency download. Writes (with `rw`) are discarded after the command.',
    options: [TARGET, SOURCE, FROM, READWRITE, READONLY],
    requiresOneOf: ['target'],
    ignoredOptions: ['id'],
  },
  {
    type: 'cache',
    summary: 'Mounts a persistent cache folder that survives between builds on the same builder.',
    details:
      'Ideal for package manager and compiler caches (`/root/.cache/pip`, `/var/cache/apt`, `/root/.npm`). The cache is never part of the image and may be emptied at any time, so the build must still work when it is empty. `sharing` controls concurrent use: `shared` (default), `private` (a new cache per concurrent writer) or `locked` (writers wait; needed for apt).',
    options: [
      ID,
      TARGET,
      READONLY,
      READWRITE,
      {
        name: 'sharing',
        aliases: [],
        valueKind: 'enum',
        values: ['shared', 'private', 'locked'],
        summary: 'How concurrent builds share the cache: `shared`, `private` or `locked`.',
      },
      FROM,
      SOURCE,
      MODE,
      UID,
      GID,
    ],
    requiresOneOf: ['target'],
    ignoredOptions: [],
  },
  {
    type: 'tmpfs',
    summary: 'Mounts an in-memory filesystem for scratch files that must not reach the layer.',
    details: 'Everything written there disappears after the command. `size` limits it, e.g. `size=512m`.',
    options: [
      TARGET,
      { name: 'size', aliases: [], valueKind: 'size', summary: 'Upper size limit, e.g. `64m` or `1g`.' },
    ],
    requiresOneOf: ['target'],
    ignoredOptions: ['id', 'source', 'from', 'readonly', 'readwrite'],
  },
  {
    type: 'secret',
    summary: 'Makes a build secret available to this command without storing it in the image.',
    details:
      'Pass the secret with `docker build --secret id=<id>,src=<file>` (or `env=<VAR>`). It appears as the file `/run/secrets/<id>` unless `target` is set, or as an environment variable with `env=<NAME>` (frontend 1.10+). A missing secret is silently skipped unless `required` is set.',
    options: [
      ID,
      TARGET,
      {
        name: 'env',
        aliases: [],
        valueKind: 'env-name',
        minFrontend: '1.10',
        summary: 'Exposes the secret as this environment variable instead of (or as well as) a file.',
      },
      REQUIRED,
      MODE,
      UID,
      GID,
      { ...SOURCE, summary: 'Older spelling of `id`; cannot be combined with it.' },
    ],
    requiresOneOf: ['id', 'target', 'env', 'source'],
    ignoredOptions: ['readonly', 'readwrite'],
  },
  {
    type: 'ssh',
    summary: 'Forwards an SSH agent socket so the command can use the caller\'s SSH keys (e.g. for `git clone`).',
    details:
      'Build with `docker build --ssh default` (or `--ssh <id>=<socket or key>`). The socket is mounted at `/run/buildkit/ssh_agent.0` unless `target` is set, and `SSH_AUTH_SOCK` points to it. Keys never enter the image.',
    options: [ID, TARGET, REQUIRED, MODE, UID, GID],
    // `--mount=type=ssh` alone is the common form: the id defaults to `default`.
    requiresOneOf: [],
    ignoredOptions: ['source', 'from', 'readonly', 'readwrite'],
  },
];

const MOUNT_BY_TYPE: ReadonlyMap<string, MountTypeDoc> = new Map(MOUNT_TYPES.map((m) => [m.type, m]));

/** Mount type documentation (any case). */
export function getMountTypeDoc(type: string): MountTypeDoc | undefined {
  return MOUNT_BY_TYPE.get(type) ?? MOUNT_BY_TYPE.get(type.toLowerCase());
}

/** The first option a name or alias (lower case) finds in each list, in order: what `find` over the list answers. */
function optionsByKey(lists: readonly (readonly MountOptionDoc[])[]): ReadonlyMap<string, MountOptionDoc> {
  const out = new Map<string, MountOptionDoc>();
  for (const options of lists) {
    for (const o of options) {
      for (const key of [o.name, ...o.aliases]) if (!out.has(key)) out.set(key, o);
    }
  }
  return out;
}

/** Per mount type, its options by name and alias; and every type's, the earlier types first. */
const MOUNT_OPTIONS_BY_TYPE: ReadonlyMap<MountTypeDoc, ReadonlyMap<string, MountOptionDoc>> = new Map(
  MOUNT_TYPES.map((m) => [m, optionsByKey([m.options])]),
);
const ANY_MOUNT_OPTION: ReadonlyMap<string, MountOptionDoc> = optionsByKey(MOUNT_TYPES.map((m) => m.options));

/** Every option key BuildKit's mount parser recognises for some type, including aliases and `type`. */
export const ALL_MOUNT_OPTION_KEYS: readonly string[] = Array.from(
  new Set(['type', ...MOUNT_TYPES.flatMap((m) => m.options.flatMap((o) => [o.name, ...o.aliases]))]),
);

/**
 * The option documentation for `key` on a mount of `type` (key and type any case, aliases accepted),
 * or undefined when that type does not take the option.
 */
export function getMountOption(type: string, key: string): MountOptionDoc | undefined {
  const doc = getMountTypeDoc(type);
  if (!doc) return undefined;
  return MOUNT_OPTIONS_BY_TYPE.get(doc)?.get(key.toLowerCase());
}

/** The canonical name of a mount option key or alias (`dst` → `target`, `RO` → `readonly`); undefined if unknown. */
export function canonicalMountOptionName(key: string): string | undefined {
  const lower = key.toLowerCase();
  if (lower === 'type') return 'type';
  return ANY_MOUNT_OPTION.get(lower)?.name;
}
