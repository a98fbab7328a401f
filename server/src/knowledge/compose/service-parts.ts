// The structured service keys with a short and a long syntax: ports, volumes, depends_on,
// networks, models, healthcheck, logging, devices, blkio_config, extends, provider, gpus.
import { bool, boolish, duration, mapping, nul, object, oneOf, prop, scalar, seq, str } from './builders';
import { RESOURCE_NAME_PATTERN, deviceRequestProperties, intish, listOfStrings, listOrDict, numberish } from './common';
import type { ComposeNode, PropertyDef } from './types';

export const portsNode: ComposeNode = seq(
  oneOf(
    scalar(['number']),
    str(),
    object(
      {
        name: prop(str(), 'A human-readable name for the port, for tooling.'),
        mode: prop(str(), '`host` publishes the port on each node; `ingress` (Swarm) load-balances it across the cluster.', {
          suggestedValues: ['host', 'ingress'],
        }),
        host_ip: prop(str(), 'Host address to bind to, e.g. `127.0.0.1`. Unset means every interface.'),
        target: prop(scalar(['integer', 'string']), 'The container port (or range, as a string).'),
        published: prop(scalar(['string', 'integer']), 'The host port or range, e.g. `8080` or `"8000-8010"`. Unset picks a random free port.'),
        protocol: prop(str(), 'Transport protocol: `tcp` (the default), `udp` or `sctp`.', { suggestedValues: ['tcp', 'udp', 'sctp'] }),
        app_protocol: prop(str(), 'The application protocol carried on the port (`http`, `grpc`…), as a hint for tools.'),
      },
      // The specification leaves `target` optional; a port mapping without a container port is refused.
      { required: ['target'] },
    ),
  ),
  true,
);

const volumeMount = object(
  {
    type: prop(str({ enum: ['bind', 'volume', 'tmpfs', 'cluster', 'npipe', 'image'] }), 'The kind of mount: `bind` (host path), `volume` (named volume), `tmpfs` (memory), `image` (files of another image), `npipe` or `cluster`.'),
    source: prop(str(), 'What to mount: a host path for `bind`, a volume name for `volume`, an image for `image`. Not used for `tmpfs`.'),
    target: prop(str(), 'Where the mount appears in the container.'),
    read_only: prop(boolish(), 'Mount read-only.'),
    consistency: prop(str(), 'Consistency hint for the mount (`consistent`, `cached`, `delegated`); platform-specific and mostly ignored today.'),
    bind: prop(
      object({
        propagation: prop(str(), 'Mount propagation: `rprivate` (the default), `private`, `rshared`, `shared`, `rslave` or `slave`. The shared and slave modes let mounts cross between host and container.', {
          suggestedValues: ['rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave'],
        }),
        create_host_path: prop(boolish(), 'Create the host directory if it is missing, instead of failing.'),
        recursive: prop(str({ enum: ['enabled', 'disabled', 'writable', 'readonly'] }), 'How submounts under the source are handled: `enabled` (the default), `disabled`, `writable` or `readonly`.'),
        selinux: prop(str({ enum: ['z', 'Z'] }), 'SELinux relabelling: `z` shares the content among containers, `Z` makes it private to this one.'),
      }),
      'Options for `type: bind`.',
    ),
    volume: prop(
      object({
        labels: prop(listOrDict('A label on the volume.'), 'Labels set on the volume when Compose creates it.'),
        nocopy: prop(boolish(), 'Do not copy the image\'s files at the target into a new, empty volume.'),
        subpath: prop(str(), 'Mount this directory inside the volume instead of its root.'),
      }),
      'Options for `type: volume`.',
    ),
    tmpfs: prop(
      object({
        size: prop(scalar(['integer', 'string'], { format: 'bytes', minimum: 0 }), 'Size of the tmpfs, in bytes or with a unit (`64m`). Unlimited by default.'),
        mode: prop(scalar(['number', 'string']), 'Permission bits of the tmpfs root, in octal (`1777`).'),
      }),
      'Options for `type: tmpfs`.',
    ),
    image: prop(object({ subpath: prop(str(), 'Mount this directory of the image instead of its root.') }), 'Options for `type: image`.'),
  },
  // The specification only requires `type`; the engine also refuses a mount without `target`.
  { required: ['type', 'target'] },
);

export const volumesNode: ComposeNode = seq(oneOf(str(), volumeMount), true);

export const dependsOnNode: ComposeNode = oneOf(
  listOfStrings(),
  mapping(
    {},
    {
      additional: prop(
        object(
          {
            condition: prop(str({ enum: ['service_started', 'service_healthy', 'service_completed_successfully'] }), 'What to wait for: the dependency started, reported healthy (it needs a healthcheck), or exited with code 0.'),
            restart: prop(boolish(), 'Restart this service when Compose restarts the dependency (e.g. after `docker compose restart <dependency>`).'),
            required: prop(bool(), 'When false, a dependency that is missing or not started only produces a warning. Defaults to true.'),
          },
          { required: ['condition'] },
        ),
        'How this service depends on the named service.',
      ),
      keyPattern: RESOURCE_NAME_PATTERN,
      entryLabel: 'dependency',
    },
  ),
);

export const serviceNetworksNode: ComposeNode = oneOf(
  listOfStrings(),
  mapping(
    {},
    {
      additional: prop(
        oneOf(
          object({
            aliases: prop(listOfStrings(), 'Extra host names other containers on this network can use to reach the service.'),
            interface_name: prop(str(), 'Name of the network interface inside the container, e.g. `eth1`.'),
            ipv4_address: prop(str(), 'Fixed IPv4 address on this network; it must be inside a subnet declared in the network\'s `ipam`.'),
            ipv6_address: prop(str(), 'Fixed IPv6 address on this network; it must be inside a subnet declared in the network\'s `ipam`.'),
            link_local_ips: prop(listOfStrings(), 'Link-local addresses for the container on this network.'),
            mac_address: prop(str(), 'MAC address of the container on this network.'),
            driver_opts: prop(mapping({}, { additional: prop(scalar(['string', 'number']), 'A driver option.') }), 'Options for the network driver, for this attachment.'),
            priority: prop(scalar(['number']), 'Order in which the networks are connected: higher first.'),
            gw_priority: prop(scalar(['number']), 'The network with the highest value provides the default gateway.'),
          }),
          nul(),
        ),
        'How the service joins this network (leave empty for the defaults).',
      ),
      keyPattern: RESOURCE_NAME_PATTERN,
      entryLabel: 'network',
    },
  ),
);

export const serviceModelsNode: ComposeNode = oneOf(
  listOfStrings(),
  mapping(
    {},
    {
      additional: prop(
        oneOf(
          object({
            endpoint_var: prop(str(), 'Name of the environment variable that receives the model\'s endpoint URL.'),
            model_var: prop(str(), 'Name of the environment variable that receives the model name.'),
          }),
          nul(),
        ),
        'How the model is passed to the service (leave empty for the default variable names).',
      ),
      entryLabel: 'model',
    },
  ),
);

export const healthcheckProperty: PropertyDef = prop(
  object({
    disable: prop(boolish(), 'Turn off any healthcheck inherited from the image.'),
    interval: prop(duration(), 'Time between checks, e.g. `30s` (the default).'),
    retries: prop(numberish(), 'Consecutive failures needed to mark the container unhealthy. Defaults to 3.'),
    test: prop(oneOf(str(), seq(str())), 'The check. A list starts with `CMD` (exec form, no shell), `CMD-SHELL` (run by the shell) or `NONE` (disable); a plain string runs in the shell.', {
      example: 'test: ["CMD-SHELL", "curl -f http://localhost/health || exit 1"]',
      typeText: 'string or list of strings',
    }),
    timeout: prop(duration(), 'How long one check may run before it counts as failed. Defaults to `30s`.'),
    start_period: prop(duration(), 'Grace period after start during which failures do not count.'),
    start_interval: prop(duration(), 'Time between checks during `start_period`.'),
  }),
  'A command Docker runs periodically to decide whether the container is healthy. Overrides the image\'s `HEALTHCHECK`.',
  { example: 'healthcheck:\n  test: ["CMD", "pg_isready", "-U", "postgres"]\n  interval: 10s\n  retries: 5' },
);

export const loggingProperty: PropertyDef = prop(
  object({
    driver: prop(str(), 'The logging driver, e.g. `json-file` (the default), `local`, `syslog`, `journald`, `none`.', {
      suggestedValues: ['json-file', 'local', 'syslog', 'journald', 'gelf', 'fluentd', 'awslogs', 'splunk', 'none'],
    }),
    options: prop(mapping({}, { additional: prop(scalar(['string', 'number', 'null']), 'A driver option.') }), 'Options for the driver, e.g. `max-size: 10m` and `max-file: "3"` for json-file.'),
  }),
  'Where and how the container\'s output is logged.',
  { example: 'logging:\n  driver: json-file\n  options:\n    max-size: 10m\n    max-file: "3"' },
);

export const devicesProperty: PropertyDef = prop(
  seq(
    oneOf(
      str(),
      object(
        {
          source: prop(str(), 'The device path on the host.'),
          target: prop(str(), 'The device path in the container. Defaults to `source`.'),
          permissions: prop(str(), 'Access allowed: a combination of `r`, `w` and `m` (mknod). Defaults to `rwm`.'),
        },
        { required: ['source'] },
      ),
    ),
  ),
  'Host devices made available in the container: `HOST:CONTAINER[:PERMISSIONS]` or a CDI name.',
  { example: 'devices:\n  - "/dev/ttyUSB0:/dev/ttyUSB0"' },
);

const blkioLimit = () =>
  seq(
    mapping({
      path: prop(str(), 'The block device, e.g. `/dev/sda`.'),
      rate: prop(scalar(['integer', 'string'], { format: 'bytes' }), 'The limit: bytes (or operations) per second; byte rates accept units such as `12mb`.'),
    }),
  );

export const blkioConfigProperty: PropertyDef = prop(
  mapping({
    device_read_bps: prop(blkioLimit(), 'Read rate limits in bytes per second, per device.'),
    device_read_iops: prop(blkioLimit(), 'Read rate limits in operations per second, per device.'),
    device_write_bps: prop(blkioLimit(), 'Write rate limits in bytes per second, per device.'),
    device_write_iops: prop(blkioLimit(), 'Write rate limits in operations per second, per device.'),
    weight: prop(intish(), 'Relative block I/O weight, 10 to 1000.'),
    weight_device: prop(
      seq(
        mapping({
          path: prop(str(), 'The block device, e.g. `/dev/sda`.'),
          weight: prop(intish(), 'Relative weight for that device, 10 to 1000.'),
        }),
      ),
      'Relative weights per device.',
    ),
  }),
  'Block I/O limits and weights for the container.',
  { example: 'blkio_config:\n  weight: 300\n  device_read_bps:\n    - path: /dev/sda\n      rate: 12mb' },
);

export const extendsProperty: PropertyDef = prop(
  oneOf(
    str(),
    mapping(
      {
        service: prop(str(), 'The service to copy the configuration from.'),
        file: prop(str(), 'The Compose file that defines it. Defaults to the current file.'),
      },
      { required: ['service'] },
    ),
  ),
  'Start from another service\'s configuration and override parts of it.',
  { example: 'extends:\n  file: common.yaml\n  service: base' },
);

export const providerProperty: PropertyDef = prop(
  object(
    {
      type: prop(str(), 'The provider (a Compose plugin or binary) that creates and removes the resource, e.g. `model`.'),
      options: prop(
        mapping({}, {
          additional: prop(oneOf(scalar(['string', 'number', 'boolean']), seq(scalar(['string', 'number', 'boolean']))), 'One option passed to the provider.'),
        }),
        'Options passed to the provider.',
      ),
    },
    { required: ['type'] },
  ),
  'Hand this service to an external provider instead of running a container; its outputs reach dependent services as environment variables.',
  { example: 'provider:\n  type: model\n  options:\n    model: ai/smollm2' },
);

export const gpusProperty: PropertyDef = prop(
  oneOf(
    str({ enum: ['all'] }),
    // Items are left open: the specification does not close this mapping.
    seq(mapping(deviceRequestProperties(), { open: true })),
  ),
  'GPUs for the container: `all`, or a list of device requests.',
  { since: '2.30.0', example: 'gpus:\n  - driver: nvidia\n    count: 1', typeText: '"all" or list of device requests' },
);

export const credentialSpecProperty: PropertyDef = prop(
  object({
    config: prop(str(), 'Name of a top-level config holding the credential spec.'),
    file: prop(str(), 'A credential spec file in Docker\'s `CredentialSpecs` directory.'),
    registry: prop(str(), 'A credential spec stored in the Windows registry.'),
  }),
  'Windows only: the credential spec for a group managed service account.',
);
