// `services.<name>.deploy` (replicas, resources, restart and rollout policies) and
// `services.<name>.develop` (watch mode).
import { bool, duration, object, prop, seq, str } from './builders';
import { deviceRequestProperties, intish, listOrDict, numberish, serviceHook, stringOrList } from './common';
import type { PropertyDef } from './types';

const SWARM_ONLY = ' Only `docker stack deploy` honours it; `docker compose` ignores it.';

function rolloutConfig(what: 'update' | 'rollback'): PropertyDef {
  const verb = what === 'update' ? 'updated' : 'rolled back';
  return prop(
    object({
      parallelism: prop(intish(), `How many containers are ${verb} at a time (0 means all at once).`),
      delay: prop(duration(), `Time to wait between ${verb} groups, e.g. \`10s\`.`),
      failure_action: prop(str(), `What to do when this ${what} fails: \`continue\` or \`pause\`${what === 'update' ? ', or `rollback`' : ''}.`, {
        suggestedValues: what === 'update' ? ['continue', 'rollback', 'pause'] : ['continue', 'pause'],
      }),
      monitor: prop(duration(), 'How long to watch each new task for failure after it starts.'),
      max_failure_ratio: prop(numberish(), 'Fraction of failed tasks tolerated during the operation (0 to 1).'),
      order: prop(str({ enum: ['start-first', 'stop-first'] }), 'Start the new task before stopping the old one (`start-first`) or the reverse (`stop-first`, the default).'),
    }),
    `How a service is ${verb}.${SWARM_ONLY}`,
    { example: `${what}_config:\n  parallelism: 2\n  delay: 10s\n  order: start-first` },
  );
}

const resources = object({
  limits: prop(
    object({
      cpus: prop(numberish(), 'The most CPU time the container may use, in CPUs (`0.5` = half a core).'),
      memory: prop(str({ format: 'bytes' }), 'The most memory the container may use, e.g. `512m`. The kernel kills the process beyond it.'),
      pids: prop(intish(), 'The most processes the container may run.'),
    }),
    'Upper bounds the container cannot exceed.',
    { example: 'limits:\n  cpus: "0.50"\n  memory: 512m' },
  ),
  reservations: prop(
    object({
      cpus: prop(numberish(), 'CPU capacity guaranteed to the container.'),
      memory: prop(str({ format: 'bytes' }), 'Memory guaranteed to the container, e.g. `256m`. Must not exceed the limit.'),
      generic_resources: prop(
        seq(
          object({
            discrete_resource_spec: prop(
              object({
                kind: prop(str(), 'The kind of resource, as the node advertises it.'),
                value: prop(numberish(), 'How many units to reserve.'),
              }),
              'A countable resource advertised by the node.',
            ),
          }),
        ),
        'Node-specific resources to reserve (Swarm).',
      ),
      devices: prop(
        seq(object(deviceRequestProperties(), { required: ['capabilities'] })),
        'Devices such as GPUs to reserve. Each entry needs `capabilities`.',
        { example: 'devices:\n  - driver: nvidia\n    count: 1\n    capabilities: [gpu]' },
      ),
    }),
    'Resources the platform must guarantee before placing the container.',
  ),
});

export const deployProperty: PropertyDef = prop(
  object(
    {
      mode: prop(str(), 'How replicas are scheduled: `replicated` (the default), `global` (one per node), or the `-job` variants for tasks that run to completion.', {
        suggestedValues: ['replicated', 'global', 'replicated-job', 'global-job'],
      }),
      endpoint_mode: prop(str(), `How clients reach the service: \`vip\` (a virtual IP, the default) or \`dnsrr\` (DNS round robin).${SWARM_ONLY}`, {
        suggestedValues: ['vip', 'dnsrr'],
      }),
      replicas: prop(intish(), 'How many containers to run for the service. Conflicts with a different `scale`.'),
      labels: prop(listOrDict('A label on the service.'), 'Labels on the service itself (Swarm), not on its containers.'),
      rollback_config: rolloutConfig('rollback'),
      update_config: rolloutConfig('update'),
      resources: prop(resources, 'CPU, memory, process and device limits and reservations.', {
        example: 'resources:\n  limits:\n    memory: 512m\n  reservations:\n    memory: 256m',
      }),
      restart_policy: prop(
        object({
          condition: prop(str(), 'When to restart: `none`, `on-failure` or `any` (the default).', {
            suggestedValues: ['none', 'on-failure', 'any'],
          }),
          delay: prop(duration(), 'Time to wait between restart attempts.'),
          max_attempts: prop(intish(), 'How many restarts to try before giving up. Unlimited by default.'),
          window: prop(duration(), 'How long a restart must keep running to count as successful.'),
        }),
        'How containers are restarted when they exit. For plain `docker compose`, the service-level `restart` key is the usual choice.',
        { example: 'restart_policy:\n  condition: on-failure\n  max_attempts: 3' },
      ),
      placement: prop(
        object({
          constraints: prop(seq(str()), 'Conditions a node must meet, e.g. `node.role == manager`.'),
          preferences: prop(
            seq(object({ spread: prop(str(), 'Spread tasks evenly over the values of this node label, e.g. `node.labels.zone`.') })),
            'Soft scheduling preferences.',
          ),
          max_replicas_per_node: prop(intish(), 'The most replicas of this service one node may run.'),
        }),
        `Which nodes may run the service.${SWARM_ONLY}`,
      ),
    },
    { nullable: true },
  ),
  'Deployment settings: replicas, resource limits and reservations, restart and rollout policies. `docker compose` honours `replicas`, `resources` and `restart_policy`; the rest is for Swarm.',
  { example: 'deploy:\n  replicas: 2\n  resources:\n    limits:\n      memory: 512m' },
);

const watchRule = object(
  {
    ignore: prop(stringOrList(), 'Patterns (`.dockerignore` syntax, relative to `path`) whose changes are ignored.'),
    include: prop(stringOrList(), 'Patterns (relative to `path`) that limit which changes count.'),
    path: prop(str(), 'The file or directory on the host to watch, relative to the Compose file.'),
    action: prop(str({ enum: ['rebuild', 'sync', 'restart', 'sync+restart', 'sync+exec'] }), 'What to do on a change: rebuild the image, copy the files into the container (`sync`), restart it, or sync and then restart or run `exec`.'),
    target: prop(str(), 'Where synced files go in the container. Needed by the `sync` actions.'),
    exec: prop(serviceHook(), 'The command to run in the container after a `sync+exec` copy.'),
    initial_sync: prop(bool(), 'Copy the files once when watch starts, before any change (sync actions).'),
  },
  { required: ['path', 'action'] },
);

export const developProperty: PropertyDef = prop(
  object(
    {
      watch: prop(seq(watchRule), 'Rules for `docker compose watch`: which host paths to watch and what to do when they change.', {
        example: 'watch:\n  - path: ./src\n    action: sync\n    target: /app/src\n  - path: package.json\n    action: rebuild',
      }),
    },
    { nullable: true },
  ),
  'Development settings used by `docker compose watch`.',
  { since: '2.22.0' },
);

