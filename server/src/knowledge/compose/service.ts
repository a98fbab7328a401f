// `services.<name>`: every key a service definition accepts.
import { bool, boolish, duration, mapping, object, oneOf, prop, scalar, seq, str } from './builders';
import { buildProperty } from './build';
import {
  command,
  envFile,
  extraHosts,
  fileGrants,
  intish,
  listOfStrings,
  listOrDict,
  numberish,
  preStartHook,
  serviceHook,
  stringOrList,
  ulimits,
} from './common';
import { deployProperty, developProperty } from './deploy';
import {
  blkioConfigProperty,
  credentialSpecProperty,
  dependsOnNode,
  devicesProperty,
  extendsProperty,
  gpusProperty,
  healthcheckProperty,
  loggingProperty,
  portsNode,
  providerProperty,
  serviceModelsNode,
  serviceNetworksNode,
  volumesNode,
} from './service-parts';
import type { MappingNode, PropertyDef } from './types';

/** Whole-value patterns (the validator anchors them). */
export const RESTART_PATTERN = 'no|always|on-failure(:[0-9]+)?|unless-stopped';
export const PULL_POLICY_PATTERN = 'always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+';
export const CONTAINER_NAME_PATTERN = '[a-zA-Z0-9][a-zA-Z0-9_.-]+';

const bytesNumber = () => scalar(['number', 'string'], { format: 'bytes' });

const serviceProperties: Record<string, PropertyDef> = {
  develop: developProperty,
  deploy: deployProperty,
  annotations: prop(listOrDict('An annotation.'), 'OCI annotations set on the container (not labels: runtimes and tools read them).'),
  attach: prop(boolish(), 'When false, `docker compose up` does not stream this service\'s logs. Defaults to true.', { since: '2.20.0' }),
  build: buildProperty,
  blkio_config: blkioConfigProperty,
  cap_add: prop(seq(str(), true), 'Linux capabilities to add, e.g. `NET_ADMIN`. Each one widens what a compromised process can do.', {
    example: 'cap_add:\n  - NET_BIND_SERVICE',
  }),
  cap_drop: prop(seq(str(), true), 'Linux capabilities to remove; `ALL` drops every one, then `cap_add` can give back what is needed.', {
    example: 'cap_drop:\n  - ALL',
  }),
  cgroup: prop(str({ enum: ['host', 'private'] }), 'Cgroup namespace: `private` (its own) or `host` (share the host\'s).'),
  cgroup_parent: prop(str(), 'Parent cgroup the container\'s cgroup is created under.'),
  command: prop(command(), 'Overrides the image\'s `CMD`. A string is split like a shell would but not run by one; a list is passed as is.', {
    example: 'command: ["npm", "run", "start"]',
    typeText: 'string or list of strings',
  }),
  configs: prop(fileGrants('config'), 'Top-level configs mounted as files in the container.', {
    example: 'configs:\n  - source: nginx_conf\n    target: /etc/nginx/nginx.conf',
  }),
  container_name: prop(str({ pattern: CONTAINER_NAME_PATTERN }), 'A fixed container name instead of the generated `<project>-<service>-<n>`: a letter or digit, then letters, digits, `_`, `.` or `-`. Prevents running more than one replica.'),
  cpu_count: prop(intish({ minimum: 0 }), 'Windows: how many CPUs the container may use.'),
  cpu_percent: prop(intish({ minimum: 0, maximum: 100 }), 'Windows: the share of CPU time the container may use, 0 to 100.'),
  cpu_shares: prop(numberish(), 'Relative CPU weight against other containers (1024 is the default weight). Only matters under contention.'),
  cpu_quota: prop(numberish(), 'CPU time in microseconds the container may use per `cpu_period`. `cpus` is simpler.'),
  cpu_period: prop(numberish(), 'Length of the CPU scheduling period in microseconds, used with `cpu_quota`.'),
  cpu_rt_period: prop(scalar(['number', 'string'], { format: 'duration' }), 'Real-time scheduling period: microseconds or a duration.'),
  cpu_rt_runtime: prop(scalar(['number', 'string'], { format: 'duration' }), 'Real-time CPU time allowed per period: microseconds or a duration.'),
  cpus: prop(numberish(), 'How many CPUs the container may use, e.g. `1.5`. Must agree with `deploy.resources.limits.cpus` when both are set.', {
    example: 'cpus: 0.5',
  }),
  cpuset: prop(str(), 'CPUs the container may run on, e.g. `0-3` or `0,2`.'),
  credential_spec: credentialSpecProperty,
  depends_on: prop(dependsOnNode, 'Services to start before this one. The long form can wait for health or for successful completion; the list form only orders startup.', {
    example: 'depends_on:\n  db:\n    condition: service_healthy',
    typeText: 'list of service names or mapping',
  }),
  device_cgroup_rules: prop(listOfStrings(), 'Rules for the device cgroup, e.g. `c 189:* rmw`.'),
  devices: devicesProperty,
  dns: prop(stringOrList(), 'DNS servers to use instead of the defaults.'),
  dns_opt: prop(seq(str(), true), 'Options written to the container\'s `resolv.conf`, e.g. `ndots:2`.'),
  dns_search: prop(stringOrList(), 'Search domains for unqualified host names.'),
  domainname: prop(str(), 'Domain name of the container.'),
  entrypoint: prop(command(), 'Overrides the image\'s `ENTRYPOINT`; setting it also clears the image\'s `CMD`.', {
    typeText: 'string or list of strings',
  }),
  env_file: prop(envFile(), 'Files of `KEY=value` lines added to the container environment. They feed the container, not `${…}` interpolation in this file (that is `.env`).', {
    example: 'env_file:\n  - path: .env.local\n    required: false',
    typeText: 'string, or list of strings or mappings',
  }),
  label_file: prop(oneOf(str(), seq(str())), 'Files of `KEY=value` lines added as container labels.'),
  environment: prop(listOrDict('An environment variable. An empty value takes it from the shell running Compose.'), 'Environment variables for the container: a mapping, or a list of `KEY=value`.', {
    example: 'environment:\n  NODE_ENV: production\n  API_URL: ${API_URL}',
    typeText: 'mapping or list of "KEY=value" strings',
  }),
  expose: prop(seq(scalar(['string', 'number']), true), 'Ports the container listens on, for other services and tools. Nothing is published on the host.'),
  extends: extendsProperty,
  provider: providerProperty,
  external_links: prop(seq(str(), true), 'Legacy: link to containers started outside this project. Shared networks are the modern way.'),
  extra_hosts: prop(extraHosts(), 'Extra entries for `/etc/hosts`: `host:ip` or `host=ip`, or a mapping.', {
    example: 'extra_hosts:\n  - "host.docker.internal:host-gateway"',
  }),
  gpus: gpusProperty,
  group_add: prop(seq(scalar(['string', 'number']), true), 'Extra groups (names or ids) for the container user.'),
  healthcheck: healthcheckProperty,
  hostname: prop(str(), 'Host name inside the container.'),
  image: prop(str(), 'The image to run: `name[:tag]` or `name@digest`. With `build`, it names the built image.', {
    example: 'image: postgres:16-alpine',
  }),
  init: prop(boolish(), 'Run a tiny init process as PID 1 that forwards signals and reaps zombie processes.'),
  ipc: prop(str(), 'IPC namespace: `private`, `shareable`, `host`, `service:<name>` or `container:<id>`.', {
    suggestedValues: ['private', 'shareable', 'host', 'none'],
  }),
  isolation: prop(str(), 'Isolation technology: on Windows `process` or `hyperv`; on Linux only `default`.'),
  labels: prop(listOrDict('A container label.'), 'Labels (metadata) on the container.', {
    example: 'labels:\n  traefik.enable: "true"',
  }),
  links: prop(seq(str(), true), 'Legacy: `service` or `service:alias` entries that make the service reachable under an alias and start it first. Services on one network already reach each other by name.'),
  logging: loggingProperty,
  mac_address: prop(str(), 'MAC address of the container.'),
  mem_limit: prop(bytesNumber(), 'The most memory the container may use, e.g. `512m`. Must agree with `deploy.resources.limits.memory` when both are set.', {
    example: 'mem_limit: 512m',
  }),
  mem_reservation: prop(scalar(['string', 'integer'], { format: 'bytes' }), 'Memory the container should get when the host runs short, e.g. `256m`. Must not exceed `mem_limit`.'),
  mem_swappiness: prop(intish(), 'How readily the kernel swaps the container\'s memory, 0 to 100.'),
  memswap_limit: prop(bytesNumber(), 'Memory plus swap the container may use; `-1` means unlimited swap.'),
  network_mode: prop(str(), 'Network stack: `bridge`, `host`, `none`, `service:<name>` or `container:<id>`. Cannot be combined with `networks`.', {
    suggestedValues: ['bridge', 'host', 'none'],
  }),
  models: prop(serviceModelsNode, 'Top-level models this service uses; Compose passes their endpoint and name as environment variables.', {
    since: '2.38.0',
    example: 'models:\n  llm:\n    endpoint_var: LLM_URL',
  }),
  networks: prop(serviceNetworksNode, 'Networks the service joins. Without this key it joins `default`.', {
    example: 'networks:\n  - frontend\n  - backend',
    typeText: 'list of network names or mapping',
  }),
  oom_kill_disable: prop(boolish(), 'Keep the kernel\'s out-of-memory killer away from this container. Dangerous without a memory limit.'),
  oom_score_adj: prop(intish({ minimum: -1000, maximum: 1000 }), 'Preference for the OOM killer, -1000 (never) to 1000 (first).'),
  pid: prop(scalar(['string', 'null']), 'PID namespace: `host` shares the host\'s processes, `service:<name>` or `container:<id>` another\'s.', {
    suggestedValues: ['host'],
  }),
  pids_limit: prop(numberish(), 'The most processes the container may run; `-1` means unlimited.'),
  platform: prop(str(), 'Platform to pull or build for, e.g. `linux/amd64`. Other platforms run under emulation.'),
  ports: prop(portsNode, 'Ports published on the host: `"[HOST_IP:][HOST:]CONTAINER[/PROTOCOL]"` or a mapping. Quote short entries; without a host IP they bind every interface.', {
    example: 'ports:\n  - "127.0.0.1:8080:80"\n  - target: 443\n    published: 8443',
    typeText: 'list of strings, numbers or mappings',
  }),
  pre_start: prop(seq(preStartHook()), 'Steps that each run in a short-lived container, in order, before the service starts; a failing step stops the service from starting.'),
  post_start: prop(seq(serviceHook()), 'Commands run in the container right after it starts.', { since: '2.30.0' }),
  pre_stop: prop(seq(serviceHook()), 'Commands run in the container before it is stopped.', { since: '2.30.0' }),
  privileged: prop(boolish(), 'Give the container nearly all host privileges (every capability, all devices). Avoid unless you must.'),
  profiles: prop(listOfStrings(), 'The service only starts when one of these profiles is active (`--profile`, `COMPOSE_PROFILES`). Without it the service always starts.', {
    example: 'profiles: [debug]',
  }),
  pull_policy: prop(str({ pattern: PULL_POLICY_PATTERN }), 'When to pull the image: `always`, `never`, `missing` (the default), `build`, or refresh after a time (`daily`, `weekly`, `every_12h`).', {
    allowedValuesText: 'always, never, missing, build, if_not_present, refresh, daily, weekly, every_<duration>',
    suggestedValues: ['always', 'never', 'missing', 'build', 'if_not_present', 'refresh', 'daily', 'weekly'],
  }),
  pull_refresh_after: prop(str(), 'How old the local image may get before `pull_policy: refresh` pulls again.'),
  read_only: prop(boolish(), 'Mount the container\'s root filesystem read-only. Write to volumes or `tmpfs` instead.'),
  restart: prop(str({ pattern: RESTART_PATTERN }), 'When the engine restarts the container: `no` (the default), `always`, `on-failure[:N]` (at most N tries) or `unless-stopped`.', {
    allowedValuesText: 'no, always, on-failure[:N], unless-stopped',
    suggestedValues: ['no', 'always', 'on-failure', 'unless-stopped'],
    example: 'restart: unless-stopped',
  }),
  runtime: prop(str(), 'The OCI runtime for the container, e.g. `runc` or `nvidia`.'),
  scale: prop(intish(), 'How many containers to run. Conflicts with a different `deploy.replicas`.'),
  security_opt: prop(seq(str(), true), 'Security options such as `no-new-privileges:true`, `seccomp:<profile>` or `apparmor:<profile>`.', {
    example: 'security_opt:\n  - no-new-privileges:true',
  }),
  shm_size: prop(bytesNumber(), 'Size of `/dev/shm`, e.g. `256m`. The default 64m is too small for some browsers and databases.'),
  secrets: prop(fileGrants('secret'), 'Top-level secrets mounted as files under `/run/secrets/`.', {
    example: 'secrets:\n  - db_password',
  }),
  sysctls: prop(listOrDict('A kernel parameter.'), 'Namespaced kernel parameters for the container, e.g. `net.core.somaxconn: 1024`.'),
  stdin_open: prop(boolish(), 'Keep standard input open (`docker run -i`).'),
  stop_grace_period: prop(duration(), 'How long to wait after `stop_signal` before the container is killed. Defaults to `10s`.', {
    example: 'stop_grace_period: 1m30s',
  }),
  stop_signal: prop(str(), 'Signal sent to stop the container, e.g. `SIGINT`. Defaults to the image\'s `STOPSIGNAL` or `SIGTERM`.'),
  storage_opt: prop(mapping({}, { open: true }), 'Options for the storage driver of this container, such as `size: 20G`.'),
  tmpfs: prop(stringOrList(), 'Paths mounted as in-memory filesystems, optionally with options (`/run:size=64m`).'),
  tty: prop(boolish(), 'Allocate a pseudo-terminal (`docker run -t`).'),
  ulimits: prop(ulimits(), 'Resource limits such as open files (`nofile`) or processes (`nproc`).', {
    example: 'ulimits:\n  nofile:\n    soft: 20000\n    hard: 40000',
  }),
  use_api_socket: prop(bool(), 'Mount the Docker API socket and your registry credentials into the container. It gets full control of the engine.'),
  user: prop(str(), 'User (and group) the process runs as: name or id, `user[:group]`. Quote numeric ids: `"1000:1000"`.'),
  uts: prop(str(), 'UTS namespace: `host` shares the host\'s host name.', { suggestedValues: ['host'] }),
  userns_mode: prop(str(), 'User namespace: `host` turns off user namespace remapping for this container.', { suggestedValues: ['host'] }),
  volumes: prop(volumesNode, 'Mounts: `SOURCE:TARGET[:OPTIONS]` strings (a host path starting with `.` or `/`, or a volume name) or long-syntax mappings.', {
    example: 'volumes:\n  - db-data:/var/lib/postgresql/data\n  - ./config:/etc/app:ro',
    typeText: 'list of strings or mappings',
  }),
  volumes_from: prop(seq(str(), true), 'Mount all volumes of another service or container: `service[:ro]` or `container:<name>[:rw]`.'),
  working_dir: prop(str(), 'Directory commands run in, overriding the image\'s `WORKDIR`.'),
};

export const serviceNode: MappingNode = object(serviceProperties);

