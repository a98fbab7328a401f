/**
 * Reference text for the 18 Dockerfile instructions, written for hover and rule messages.
 * Pure data: no I/O, no editor types. Prose targets the BuildKit Dockerfile frontend 1.x.
 */

export type InstructionKeyword =
  | 'ADD'
  | 'ARG'
  | 'CMD'
  | 'COPY'
  | 'ENTRYPOINT'
  | 'ENV'
  | 'EXPOSE'
  | 'FROM'
  | 'HEALTHCHECK'
  | 'LABEL'
  | 'MAINTAINER'
  | 'ONBUILD'
  | 'RUN'
  | 'SHELL'
  | 'STOPSIGNAL'
  | 'USER'
  | 'VOLUME'
  | 'WORKDIR';

export interface InstructionDoc {
  /** Upper-case keyword, as conventionally written. */
  readonly keyword: InstructionKeyword;
  /** One sentence. */
  readonly summary: string;
  /** The accepted forms, one per entry, with placeholders in angle brackets. */
  readonly syntax: readonly string[];
  /** Markdown: what it does, then pitfalls. A few short paragraphs. */
  readonly details: string;
  /** A small Dockerfile snippet showing typical use. */
  readonly example: string;
  /** Set when the instruction is deprecated: what to use instead. */
  readonly deprecated?: string;
}

export const INSTRUCTIONS: readonly InstructionDoc[] = [
  {
    keyword: 'ADD',
    summary:
      'Copies files, folders, remote URLs or git repositories into the image, unpacking local tar archives on the way.',
    syntax: [
      'ADD [--chown=<user>:<group>] [--chmod=<perms>] [--link] [--checksum=<algo>:<hex>] [--keep-git-dir] [--unpack=<bool>] [--exclude=<pattern>] <src>... <dest>',
      'ADD [<flags>] ["<src>", ..., "<dest>"]',
      'ADD [<flags>] <<EOF <dest>',
    ],
    details: [
      'ADD does everything COPY does and more: a local tar archive (also gzip, bzip2 or xz compressed) is extracted into the destination, an `http(s)://` source is downloaded, and a git URL (`https://github.com/org/repo.git#v1.2.0`) is cloned.',
      'Because of that extra behaviour, prefer `COPY` for plain local files: the intent is clearer and nothing gets unpacked by surprise. Note that ADD does **not** extract `.zip` files, and a downloaded archive is *not* extracted unless `--unpack=true` is given.',
      'Remote downloads are not verified unless you pin them with `--checksum=sha256:<hex>`; pin git sources to a tag or commit. With several sources the destination must end in `/`. Sources are confined to the build context: `..` cannot climb out of it.',
    ].join('\n\n'),
    example: [
      'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d \\',
      '    https://example.com/tool-1.4.2.tar.gz /tmp/',
      'ADD https://github.com/moby/buildkit.git#v0.16.0 /src/buildkit',
      'ADD vendor.tar.gz /opt/vendor/',
    ].join('\n'),
  },
  {
    keyword: 'ARG',
    summary: 'Declares a build argument that can be set with `--build-arg` and used by later instructions.',
    syntax: ['ARG <name>[=<default>] [<name>[=<default>]...]'],
    details: [
      'An ARG exists only while the image is being built. Its value comes from `docker build --build-arg <name>=<value>`, otherwise from the default given here, otherwise it is empty.',
      'Scope matters. An ARG before the first `FROM` is *global*, but it is only visible in `FROM` lines; to use it inside a stage, repeat `ARG <name>` (without a value) in that stage. An ARG declared in a stage lasts until the end of that stage. The platform arguments (`TARGETARCH`, `BUILDPLATFORM`…) follow the same rule: declare them in each stage that uses them.',
      'Build arguments are not secret: their values show up in `docker history` and in provenance attestations. Pass credentials with `RUN --mount=type=secret` instead. An ENV of the same name always wins over an ARG.',
    ].join('\n\n'),
    example: [
      'ARG NODE_VERSION=22',
      'FROM node:${NODE_VERSION}-slim',
      'ARG NODE_VERSION',
      'ARG TARGETARCH',
      'RUN echo "node $NODE_VERSION on $TARGETARCH"',
    ].join('\n'),
  },
  {
    keyword: 'CMD',
    summary: 'Sets the default command, or the default arguments to the ENTRYPOINT, for containers started from the image.',
    syntax: [
      'CMD ["<executable>", "<arg>", ...]   (exec form, preferred)',
      'CMD ["<arg>", ...]                   (default arguments to ENTRYPOINT)',
      'CMD <command> <arg> ...              (shell form)',
    ],
    details: [
      'CMD runs nothing at build time; it records what `docker run` executes when no command is given on the command line. Only the last CMD of the final stage counts.',
      'The exec form (a JSON array with double quotes) starts the program directly, so it becomes PID 1 and receives `SIGTERM` from `docker stop`. The shell form wraps the command in `/bin/sh -c`, which does not forward signals: the container then waits for the stop timeout and is killed. If you need shell features, write `CMD ["sh", "-c", "exec my-server --port \\"$PORT\\""]` or start the shell form with `exec`.',
      'Exec form does no variable expansion: `CMD ["java", "-jar", "$APP_JAR"]` passes the literal text `$APP_JAR`. Single quotes are not JSON, so `CMD [\'node\', \'app.js\']` is silently treated as shell form.',
    ].join('\n\n'),
    example: ['ENTRYPOINT ["python", "-m", "http.server"]', 'CMD ["8000"]'].join('\n'),
  },
  {
    keyword: 'COPY',
    summary: 'Copies files and folders from the build context, another stage or an image into the image.',
    syntax: [
      'COPY [--from=<stage|image|index>] [--chown=<user>:<group>] [--chmod=<perms>] [--link] [--parents] [--exclude=<pattern>] <src>... <dest>',
      'COPY [<flags>] ["<src>", ..., "<dest>"]',
      'COPY [<flags>] <<EOF <dest>',
    ],
    details: [
      'Sources are paths relative to the build context (or to the root of the `--from` stage or image). Wildcards use Go `filepath.Match` rules. A folder source copies its *contents*, not the folder itself. With several sources, the destination must be a folder ending in `/`.',
      'A relative destination is resolved against the current `WORKDIR`, so set WORKDIR first. Files are owned by root unless `--chown` is given, and `.dockerignore` decides what the context contains: an ignored file cannot be copied.',
      'For good caching, copy dependency manifests (for example `package.json` and the lock file) and install dependencies *before* copying the rest of the sources; otherwise every source edit re-runs the install. `COPY --from=build /out/app /usr/local/bin/app` is the core of a multi-stage build.',
    ].join('\n\n'),
    example: [
      'WORKDIR /app',
      'COPY package.json package-lock.json ./',
      'RUN npm ci',
      'COPY . .',
      'COPY --from=build --chown=app:app /app/dist ./dist',
    ].join('\n'),
  },
  {
    keyword: 'ENTRYPOINT',
    summary: 'Sets the executable that containers from the image always run; CMD supplies its default arguments.',
    syntax: ['ENTRYPOINT ["<executable>", "<arg>", ...]   (exec form, preferred)', 'ENTRYPOINT <command> <arg> ...              (shell form)'],
    details: [
      'With an exec-form ENTRYPOINT, `docker run <image> <args>` appends `<args>` to it, replacing the CMD. Only the last ENTRYPOINT takes effect, and setting ENTRYPOINT resets a CMD inherited from the base image.',
      'The shell form runs `/bin/sh -c "<command>"`: CMD and `docker run` arguments are then ignored, and the shell, as PID 1, does not pass `SIGTERM` on to your program. Prefer the exec form; when a wrapper script is needed, end it with `exec "$@"` so the real process replaces the shell.',
      'Pair an exec-form ENTRYPOINT with an exec-form CMD. A shell-form CMD would reach the entrypoint as the arguments `/bin/sh -c "<cmd>"`.',
    ].join('\n\n'),
    example: ['COPY docker-entrypoint.sh /usr/local/bin/', 'ENTRYPOINT ["docker-entrypoint.sh"]', 'CMD ["postgres"]'].join('\n'),
  },
  {
    keyword: 'ENV',
    summary: 'Sets environment variables for the rest of the build and for containers run from the image.',
    syntax: ['ENV <key>=<value> [<key>=<value>...]', 'ENV <key> <value>   (legacy form, one variable, rest of the line is the value)'],
    details: [
      'ENV values are visible to every later instruction in the stage, to stages built `FROM` this one, and at run time. Quote values with spaces (`ENV GREETING="hello world"`) or escape the spaces.',
      'Within one ENV instruction, a reference to a key set earlier in the same instruction still sees the *old* value: `ENV A=1 B=$A` leaves B empty when A was unset before. Split dependent assignments into separate instructions.',
      'Everything set here is stored in the image configuration and visible through `docker inspect`, so never put secrets in ENV. Settings that only matter during the build (such as `DEBIAN_FRONTEND=noninteractive`) belong in `ARG` or inline on the RUN line. When you change `PATH`, keep `$PATH` in the value.',
    ].join('\n\n'),
    example: ['ENV NODE_ENV=production \\', '    PATH="/app/node_modules/.bin:$PATH"'].join('\n'),
  },
  {
    keyword: 'EXPOSE',
    summary: 'Documents the network ports the container listens on; it does not publish them.',
    syntax: ['EXPOSE <port>[/<protocol>] [<port>[/<protocol>]...]', 'EXPOSE <start>-<end>[/<protocol>]'],
    details: [
      'EXPOSE is metadata. It tells readers and tools which ports the application uses, and `docker run -P` publishes all exposed ports to random host ports. To reach a port from the host you still need `-p <host>:<container>` or a `ports:` entry in Compose.',
      'The protocol is `tcp` (default), `udp` or `sctp`, in lower case. Host addresses and `host:container` mappings (`EXPOSE 8080:80`) are not supported here: only the container port is meaningful.',
    ].join('\n\n'),
    example: ['EXPOSE 8080', 'EXPOSE 53/udp'].join('\n'),
  },
  {
    keyword: 'FROM',
    summary: 'Starts a new build stage on top of a base image, an earlier stage, or `scratch`.',
    syntax: ['FROM [--platform=<platform>] <image>[:<tag>][@<digest>] [AS <name>]'],
    details: [
      'Every stage begins with FROM. The base can be an image reference, the name of an earlier stage, or `scratch` (an empty filesystem). `AS <name>` names the stage so that `COPY --from=<name>`, `RUN --mount=from=<name>` and `docker build --target <name>` can refer to it.',
      'Pin the base image: a missing tag means `latest`, which changes under you. A tag plus digest (`node:22-slim@sha256:…`) is fully reproducible. Only global ARGs (declared before the first FROM) can be used in the image reference.',
      'By default a stage is built for the *target* platform. `--platform=$BUILDPLATFORM` runs it natively on the build machine, the usual choice for a cross-compiling build stage. A literal `--platform=linux/amd64` forces emulation in multi-platform builds.',
    ].join('\n\n'),
    example: [
      'FROM --platform=$BUILDPLATFORM golang:1.25 AS build',
      'ARG TARGETOS TARGETARCH',
      'RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .',
      '',
      'FROM gcr.io/distroless/static-debian12:nonroot',
      'COPY --from=build /out/app /app',
    ].join('\n'),
  },
  {
    keyword: 'HEALTHCHECK',
    summary: 'Tells the container runtime how to test that a running container still works.',
    syntax: [
      'HEALTHCHECK [--interval=<duration>] [--timeout=<duration>] [--start-period=<duration>] [--start-interval=<duration>] [--retries=<n>] CMD <command>',
      'HEALTHCHECK [<flags>] CMD ["<executable>", "<arg>", ...]',
      'HEALTHCHECK NONE',
    ],
    details: [
      'The runtime runs the command inside the container every `--interval` (default 30s). Exit status 0 means healthy, 1 means unhealthy; after `--retries` (default 3) consecutive failures the container is marked `unhealthy`. `--start-period` gives a slow application time to start, and `--start-interval` sets how often to probe during that period.',
      'The command must exist in the image: `curl` and `wget` are missing from many slim and distroless images. With curl, add `-f` so that HTTP errors make it fail: without it curl exits 0 on a 500 response.',
      'Durations are Go durations such as `30s`, `1m30s` or `500ms`; a bare number is rejected. `HEALTHCHECK NONE` disables a check inherited from the base image. Only the last HEALTHCHECK of a stage applies, and Kubernetes ignores it in favour of its own probes.',
    ].join('\n\n'),
    example: 'HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \\\n  CMD curl -fsS http://localhost:8080/healthz || exit 1',
  },
  {
    keyword: 'LABEL',
    summary: 'Adds key-value metadata to the image.',
    syntax: ['LABEL <key>=<value> [<key>=<value>...]', 'LABEL <key> <value>   (legacy form)'],
    details: [
      'Labels are stored in the image configuration and shown by `docker inspect`. They are inherited from the base image and from earlier stages; a later label with the same key replaces the earlier one.',
      'Use the OCI annotation keys where they fit (`org.opencontainers.image.source`, `.version`, `.licenses`, `.authors`…), and a reverse-DNS prefix of your own for the rest. Quote values that contain spaces. The `com.docker.*`, `io.docker.*` and `org.dockerproject.*` namespaces are reserved.',
    ].join('\n\n'),
    example: [
      'LABEL org.opencontainers.image.source="https://github.com/example/app" \\',
      '      org.opencontainers.image.licenses="MIT"',
    ].join('\n'),
  },
  {
    keyword: 'MAINTAINER',
    summary: 'Deprecated: records the author of the image.',
    syntax: ['MAINTAINER <name>'],
    details: [
      'MAINTAINER sets the legacy `Author` field of the image. It has been deprecated for years, and BuildKit warns about it (`MaintainerDeprecated`).',
      'Use a label instead, which tools understand: `LABEL org.opencontainers.image.authors="…"`. A MAINTAINER line cannot be used as an ONBUILD trigger.',
    ].join('\n\n'),
    example: 'LABEL org.opencontainers.image.authors="Team Platform <platform@example.com>"',
    deprecated: 'Use `LABEL org.opencontainers.image.authors="<name>"` instead.',
  },
  {
    keyword: 'ONBUILD',
    summary: 'Registers an instruction that runs later, when another build uses this image as its base.',
    syntax: ['ONBUILD <INSTRUCTION> <arguments>'],
    details: [
      'The wrapped instruction is stored in the image and executed at the start of any *downstream* build, right after its `FROM`, as if it had been written there. Nothing runs in the current build.',
      'Triggers run only one level down: they are not inherited by grandchildren. `ONBUILD ONBUILD`, `ONBUILD FROM` and `ONBUILD MAINTAINER` are not allowed.',
      'Because triggers act invisibly inside someone else\'s Dockerfile, they surprise readers; the official `*-onbuild` image variants were removed for that reason. Prefer explicit `COPY` and `RUN` steps in the downstream Dockerfile.',
    ].join('\n\n'),
    example: ['ONBUILD COPY package.json package-lock.json ./', 'ONBUILD RUN npm ci'].join('\n'),
  },
  {
    keyword: 'RUN',
    summary: 'Executes a command while building and records the resulting filesystem changes as a new layer.',
    syntax: [
      'RUN [--mount=<options>] [--network=<default|none|host>] [--security=<sandbox|insecure>] <command>   (shell form)',
      'RUN [<flags>] ["<executable>", "<arg>", ...]   (exec form)',
      'RUN [<flags>] <<EOF\n<script>\nEOF',
    ],
    details: [
      'The shell form runs through the stage\'s shell (`/bin/sh -c` by default on Linux, changeable with `SHELL`); the exec form runs the program directly, with no variable expansion. A heredoc (`RUN <<EOF … EOF`) passes a multi-line script.',
      'Each RUN is cached by its text and by the layers before it, not by what the command fetches. A RUN that only runs `apt-get update` can therefore serve stale package lists to a later install: refresh and install in the same RUN, and clean package caches in that same RUN too, since a later `rm` does not shrink an earlier layer.',
      'The default `/bin/sh` ignores failures on the left side of a pipe (`curl … | tar x`); add `set -o pipefail` with a shell that supports it. In a multi-line heredoc only the last command\'s status counts unless the script starts with `set -e`. Use `--mount=type=cache` for package caches and `--mount=type=secret` for credentials, which keeps them out of the image.',
    ].join('\n\n'),
    example: [
      'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\',
      '    apt-get update \\',
      ' && apt-get install -y --no-install-recommends ca-certificates curl \\',
      ' && rm -rf /var/lib/apt/lists/*',
    ].join('\n'),
  },
  {
    keyword: 'SHELL',
    summary: 'Changes the shell that runs the shell form of RUN, CMD and ENTRYPOINT.',
    syntax: ['SHELL ["<executable>", "<parameters>", ...]'],
    details: [
      'SHELL must be a JSON array. The command text of each later shell-form instruction is appended as the last argument, so the array has to end with the shell\'s command flag (`-c` for POSIX shells, `/S /C` for cmd, `-Command` for PowerShell).',
      'The setting lasts until the end of the stage and is inherited by stages built from it. A common use on Linux is `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` so that failed downloads in a pipe fail the build; Debian\'s `/bin/sh` (dash) does not accept `-o pipefail`. On Windows it selects PowerShell instead of cmd.',
    ].join('\n\n'),
    example: ['SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'RUN curl -fsSL https://example.com/install.sh | bash'].join('\n'),
  },
  {
    keyword: 'STOPSIGNAL',
    summary: 'Sets the signal sent to the container\'s main process to ask it to stop.',
    syntax: ['STOPSIGNAL <signal>'],
    details: [
      '`docker stop` sends this signal (default `SIGTERM`), waits for the stop timeout, then sends `SIGKILL`. Give a name such as `SIGQUIT` or a number such as `3`.',
      'Pick the signal your program treats as a graceful shutdown: nginx finishes open requests on `SIGQUIT`, Apache httpd on `SIGWINCH`. The signal only reaches your program if it runs as PID 1 (exec-form CMD or ENTRYPOINT) or a proper init forwards it.',
    ].join('\n\n'),
    example: 'STOPSIGNAL SIGQUIT',
  },
  {
    keyword: 'USER',
    summary: 'Sets the user (and optionally the group) for later RUN instructions and for the container at run time.',
    syntax: ['USER <user>[:<group>]', 'USER <uid>[:<gid>]'],
    details: [
      'Every later RUN, CMD and ENTRYPOINT runs as this user, until another USER changes it. The user must exist in the image (create it with `useradd`/`adduser` first) unless you give a numeric UID.',
      'Containers run as root unless told otherwise, which widens the damage of any compromise. End the final stage with a non-root USER. A numeric `USER 10001:10001` lets Kubernetes verify `runAsNonRoot`; a name cannot be checked.',
      'Remember that files added by COPY are owned by root unless `--chown` is used, and package installs after a USER switch fail with "permission denied": install first, then switch.',
    ].join('\n\n'),
    example: ['RUN useradd --create-home --uid 10001 app', 'USER 10001:10001'].join('\n'),
  },
  {
    keyword: 'VOLUME',
    summary: 'Marks paths as mount points for external volumes.',
    syntax: ['VOLUME ["<path>", ...]', 'VOLUME <path> [<path>...]'],
    details: [
      'At run time, each listed path gets an anonymous volume unless the user mounts something there, so data written there outlives the container and bypasses the container\'s writable layer.',
      'Once a path is declared a volume, later build steps that change it may be discarded, and every `docker run` creates a new anonymous volume that piles up on the host. Many teams leave VOLUME out of images and declare volumes in Compose or Kubernetes instead.',
      'Use double quotes in the JSON form: `VOLUME [\'/data\']` is not JSON and creates a volume with the literal name `[\'/data\']`.',
    ].join('\n\n'),
    example: 'VOLUME ["/var/lib/postgresql/data"]',
  },
  {
    keyword: 'WORKDIR',
    summary: 'Sets the working directory for later RUN, CMD, ENTRYPOINT, COPY and ADD, creating it if needed.',
    syntax: ['WORKDIR <path>'],
    details: [
      'WORKDIR changes the current directory for the rest of the stage and at run time. A relative path is resolved against the previous WORKDIR, so start each stage with an absolute path: the base image\'s working directory is otherwise unknown.',
      'Prefer WORKDIR to `RUN cd …`, which only lasts for that one RUN. `~` is not expanded (`WORKDIR ~/app` creates a folder named `~`), while ARG and ENV variables are. The folder is created owned by root.',
    ].join('\n\n'),
    example: ['WORKDIR /app', 'COPY . .'].join('\n'),
  },
];

export const INSTRUCTION_KEYWORDS: readonly InstructionKeyword[] = INSTRUCTIONS.map((doc) => doc.keyword);

const BY_KEYWORD: ReadonlyMap<string, InstructionDoc> = new Map(INSTRUCTIONS.map((doc) => [doc.keyword, doc]));

/** The documentation for a keyword, matched case-insensitively; undefined when it is not an instruction. */
export function getInstructionDoc(keyword: string): InstructionDoc | undefined {
  return BY_KEYWORD.get(keyword.trim().toUpperCase());
}

/** True when `word` is one of the 18 instructions (any case). */
export function isInstructionKeyword(word: string): boolean {
  return BY_KEYWORD.has(word.toUpperCase());
}
