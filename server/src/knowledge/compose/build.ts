// `services.<name>.build`: a context path, or the long syntax with BuildKit options.
import { boolish, object, oneOf, prop, scalar, seq, str } from './builders';
import { extraHosts, fileGrants, listOrDict, stringOrList, ulimits } from './common';
import type { PropertyDef } from './types';

const buildOptions = object({
  context: prop(str(), 'The build context: a directory relative to the Compose file, or a Git or HTTP(S) URL. Defaults to `.`.', {
    example: 'context: ./backend',
  }),
  dockerfile: prop(str(), 'The Dockerfile to use, relative to the context. Defaults to `Dockerfile`. Cannot be combined with `dockerfile_inline`.'),
  dockerfile_inline: prop(str(), 'The Dockerfile itself, written inline (use a `|` block). Cannot be combined with `dockerfile`.', {
    example: 'dockerfile_inline: |\n  FROM alpine\n  RUN apk add curl',
  }),
  entitlements: prop(seq(str()), 'Extra privileges the build may request, such as `network.host` or `security.insecure`.'),
  args: prop(listOrDict('A build argument passed to a matching `ARG`.'), 'Build arguments, matched to `ARG` instructions in the Dockerfile. A value left empty is taken from the environment.', {
    example: 'args:\n  NODE_VERSION: "22"',
  }),
  ssh: prop(listOrDict('An SSH agent socket or key for `RUN --mount=type=ssh`.'), 'SSH agent sockets or keys the build can use (`default` forwards your agent).', {
    example: 'ssh:\n  - default',
  }),
  labels: prop(listOrDict('A label set on the built image.'), 'Labels added to the built image.'),
  cache_from: prop(seq(str()), 'Sources the build may reuse cache from, e.g. `type=registry,ref=myapp:cache` or an image name.'),
  cache_to: prop(seq(str()), 'Where to export the build cache, e.g. `type=registry,ref=myapp:cache,mode=max`.'),
  no_cache: prop(boolish(), 'Build without using any cached layers.'),
  no_cache_filter: prop(stringOrList(), 'Stages to rebuild without cache while the others still use it.'),
  additional_contexts: prop(listOrDict('A named context: a path, URL, `docker-image://…` or `service:<name>`.'), 'Extra named build contexts, usable as `FROM <name>` or `COPY --from=<name>`.', {
    example: 'additional_contexts:\n  assets: ../assets\n  base: service:base',
  }),
  network: prop(str(), 'Network for `RUN` steps during the build: `default`, `host`, `none` or a network name.', {
    suggestedValues: ['default', 'host', 'none'],
  }),
  provenance: prop(scalar(['string', 'boolean']), 'Attach a provenance attestation to the image: `true`, `false` or options such as `mode=max`.'),
  sbom: prop(scalar(['string', 'boolean']), 'Attach a software bill of materials (SBOM) attestation to the image: `true`, `false` or generator options.'),
  pull: prop(boolish(), 'Always pull the base images again instead of using local copies.'),
  target: prop(str(), 'The Dockerfile stage (`FROM … AS <name>`) to build; later stages are skipped.'),
  shm_size: prop(scalar(['integer', 'string'], { format: 'bytes' }), 'Size of `/dev/shm` for `RUN` steps, e.g. `256m`.'),
  extra_hosts: prop(extraHosts(), 'Extra host name to IP mappings added to `/etc/hosts` during the build.', {
    example: 'extra_hosts:\n  - "registry.local=10.0.0.5"',
  }),
  isolation: prop(str(), 'Isolation technology for the build containers (Windows: `process` or `hyperv`).'),
  privileged: prop(boolish(), 'Run the build with extended privileges.'),
  secrets: prop(fileGrants('secret'), 'Top-level secrets the build may read with `RUN --mount=type=secret,id=<name>`. They do not end up in the image.', {
    example: 'secrets:\n  - npm_token',
  }),
  tags: prop(seq(str()), 'More names to tag the built image with, besides `image`.'),
  ulimits: prop(ulimits(), 'Resource limits for the build containers.'),
  platforms: prop(seq(str()), 'Target platforms to build for, e.g. `linux/amd64`, `linux/arm64`. Must include the service `platform` when both are set.'),
});

export const buildProperty: PropertyDef = prop(
  oneOf(str(), buildOptions),
  'Build the service image from source: a context path (`build: .`) or a mapping of build options.',
  {
    example: 'build:\n  context: .\n  dockerfile: Dockerfile\n  target: runtime',
    typeText: 'string (context path) or mapping',
  },
);
