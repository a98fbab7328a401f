// The document root and the top-level sections other than services: networks, volumes,
// secrets, configs, models, include, name and the obsolete version.
import { boolish, mapping, object, oneOf, prop, scalar, seq, str } from './builders';
import { RESOURCE_NAME_PATTERN, driverOptions, listOrDict, stringOrList } from './common';
import { serviceNode } from './service';
import type { MappingNode, PropertyDef } from './types';

const EXTERNAL_NAME_DEPRECATED = 'Write `name: <real name>` next to `external: true` instead.';

/** `external:` — true when Compose should use an existing resource rather than create it. */
function externalProperty(what: string, nameIsOpen: boolean): PropertyDef {
  const nameProp = prop(str(), `Old way to give the real name of the existing ${what}.`, { deprecated: EXTERNAL_NAME_DEPRECATED });
  return prop(
    oneOf(boolish(), nameIsOpen ? mapping({ name: nameProp }, { open: true }) : object({ name: nameProp })),
    `When true, the ${what} already exists outside this project: Compose looks it up (by \`name\`) and never creates or removes it.`,
    { example: `external: true\nname: shared-${what}`, typeText: 'boolean' },
  );
}

const labels = (what: string): PropertyDef => prop(listOrDict(`A label on the ${what}.`), `Labels (metadata) on the ${what}.`);

const networkNode = object(
  {
    name: prop(str(), 'The real network name, used instead of `<project>_<key>`. Also how an `external` network is found.'),
    driver: prop(str(), 'Network driver: `bridge` (the default), `overlay` (Swarm), `macvlan`, `ipvlan`, `host`, `none` or a plugin.', {
      suggestedValues: ['bridge', 'overlay', 'macvlan', 'ipvlan', 'host', 'none'],
    }),
    driver_opts: driverOptions('Options for the network driver.'),
    ipam: prop(
      object({
        driver: prop(str(), 'IPAM driver; `default` unless a plugin manages addresses.'),
        config: prop(
          seq(
            object({
              subnet: prop(str(), 'Subnet in CIDR form, e.g. `172.28.0.0/16`.'),
              ip_range: prop(str(), 'Sub-range container addresses are allocated from, in CIDR form.'),
              gateway: prop(str(), 'Gateway address for the subnet.'),
              aux_addresses: prop(mapping({}, { additional: prop(str(), 'An address the driver must not hand out.') }), 'Addresses reserved for other hosts, by name.'),
            }),
          ),
          'Address pools: subnet, range and gateway.',
        ),
        options: prop(mapping({}, { additional: prop(str(), 'An IPAM driver option.') }), 'Options for the IPAM driver.'),
      }),
      'Custom IP address management: subnets, ranges and gateways.',
      { example: 'ipam:\n  config:\n    - subnet: 172.28.0.0/16' },
    ),
    external: externalProperty('network', false),
    internal: prop(boolish(), 'Create a network with no route to the outside world.'),
    enable_ipv4: prop(boolish(), 'Give containers IPv4 addresses on this network. Defaults to true; false makes an IPv6-only network.'),
    enable_ipv6: prop(boolish(), 'Give containers IPv6 addresses on this network.'),
    attachable: prop(boolish(), 'Let standalone containers (not only services) join this overlay network.'),
    labels: labels('network'),
  },
  { nullable: true },
);

const volumeNode = object(
  {
    name: prop(str(), 'The real volume name, used instead of `<project>_<key>`. Also how an `external` volume is found.'),
    driver: prop(str(), 'Volume driver; `local` (the default) or a plugin.'),
    driver_opts: driverOptions('Options for the volume driver, e.g. to mount NFS or a host directory.'),
    external: externalProperty('volume', false),
    labels: labels('volume'),
  },
  { nullable: true },
);

const secretNode = object({
  name: prop(str(), 'The real secret name on the platform, used instead of `<project>_<key>`.'),
  environment: prop(str(), 'Name of an environment variable (of the shell running Compose) holding the secret value.'),
  file: prop(str(), 'Path of the file holding the secret, relative to the Compose file.'),
  external: externalProperty('secret', true),
  labels: labels('secret'),
  driver: prop(str(), 'Secret driver (Swarm).'),
  driver_opts: driverOptions('Options for the secret driver.'),
  template_driver: prop(str(), 'Template engine used to render the secret, e.g. `golang` (Swarm).'),
});

const configNode = object({
  name: prop(str(), 'The real config name on the platform, used instead of `<project>_<key>`.'),
  content: prop(str(), 'The config content itself, written inline (interpolated).'),
  environment: prop(str(), 'Name of an environment variable (of the shell running Compose) holding the content.'),
  file: prop(str(), 'Path of the file holding the content, relative to the Compose file.'),
  external: externalProperty('config', true),
  labels: labels('config'),
  template_driver: prop(str(), 'Template engine used to render the config, e.g. `golang` (Swarm).'),
});

const modelNode = object(
  {
    name: prop(str(), 'A custom name for the model.'),
    model: prop(str(), 'The model to run, as an OCI reference such as `ai/smollm2`.'),
    context_size: prop(scalar(['integer']), 'Context window size in tokens.'),
    runtime_flags: prop(seq(str()), 'Raw flags passed to the inference engine.'),
  },
  { required: ['model'] },
);

const includeEntry = oneOf(
  str(),
  mapping(
    {
      path: prop(stringOrList(), 'The Compose file (or files, merged) of the project to include.'),
      env_file: prop(stringOrList(), 'Env files used to interpolate the included files. Defaults to the `.env` beside them.'),
      project_directory: prop(str(), 'Directory the included files\' relative paths resolve against. Defaults to their own folder.'),
    },
    // The specification does not require it, but an include without a path has nothing to load.
    { required: ['path'] },
  ),
);

function namedSection(entry: PropertyDef, entryLabel: string, strictNames: boolean): MappingNode {
  return mapping(
    {},
    strictNames ? { additional: entry, keyPattern: RESOURCE_NAME_PATTERN, entryLabel } : { additional: entry, entryLabel },
  );
}

export const rootNode: MappingNode = object({
  version: prop(str(), 'Obsolete. Compose ignores it and warns; remove it.', {
    deprecated: 'Compose no longer uses `version`; delete the key.',
  }),
  name: prop(str(), 'The project name, used as the prefix of containers, networks and volumes. Lower-case letters, digits, `-` and `_`.', {
    example: 'name: myapp',
  }),
  include: prop(seq(includeEntry), 'Other Compose projects to load into this one, each resolved relative to its own folder.', {
    since: '2.20.0',
    example: 'include:\n  - ../shared/compose.yaml\n  - path: ./db/compose.yaml\n    env_file: ./db/.env',
  }),
  // Under `services` an `x-` key is a service like any other (current Compose treats it so).
  services: prop(
    namedSection(prop(serviceNode, 'A service: the container configuration Compose runs (one or more replicas).'), 'service', true),
    'The services (containers) of the application, keyed by service name.',
    { example: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"' },
  ),
  models: prop(
    namedSection(prop(modelNode, 'An AI model the application uses.'), 'model', false),
    'AI models run by Docker Model Runner and made available to services.',
    { since: '2.38.0', example: 'models:\n  llm:\n    model: ai/smollm2' },
  ),
  networks: prop(
    namedSection(prop(networkNode, 'A network services can join. Leave it empty to use the defaults.'), 'network', false),
    'Networks services can join, keyed by the name services use. Compose creates `default` by itself.',
    { example: 'networks:\n  backend:\n    internal: true' },
  ),
  volumes: prop(
    namedSection(prop(volumeNode, 'A named volume. Leave it empty to use the defaults.'), 'volume', true),
    'Named volumes services can mount. A volume named in a service\'s `volumes` must be declared here.',
    { example: 'volumes:\n  db-data: {}' },
  ),
  secrets: prop(
    namedSection(prop(secretNode, 'A secret: from a `file`, an `environment` variable, or `external`.'), 'secret', true),
    'Sensitive values services can mount as files under `/run/secrets/`.',
    { example: 'secrets:\n  db_password:\n    file: ./secrets/db_password.txt' },
  ),
  configs: prop(
    namedSection(prop(configNode, 'A config: from a `file`, an `environment` variable, inline `content`, or `external`.'), 'config', true),
    'Configuration files services can mount without building them into the image.',
    { example: 'configs:\n  nginx_conf:\n    file: ./nginx.conf' },
  ),
});
