// Value shapes used in many places of the Compose model (list-or-mapping, string-or-list,
// commands, hooks, file mounts of secrets and configs, ulimits…).
import { boolish, mapping, object, oneOf, prop, scalar, seq, str } from './builders';
import type { ComposeNode, MappingNode, PropertyDef, ScalarNode } from './types';

/** Names of services, networks, volumes, secrets, configs and models. */
export const RESOURCE_NAME_PATTERN = '^[a-zA-Z0-9._-]+$';

export const intish = (extras: Omit<ScalarNode, 'kind' | 'types' | 'format'> = {}): ScalarNode =>
  scalar(['integer', 'string'], { format: 'integer', ...extras });
export const numberish = (): ScalarNode => scalar(['number', 'string'], { format: 'number' });

export const listOfStrings = (): ComposeNode => seq(str(), true);
export const stringOrList = (): ComposeNode => oneOf(str(), listOfStrings());

/**
 * `KEY: value` mapping or `- KEY=value` list (environment, labels, args, sysctls…).
 * `entry` describes one mapping entry for hover.
 */
export function listOrDict(entry: string): ComposeNode {
  return oneOf(
    mapping({}, { additional: prop(scalar(['string', 'number', 'boolean', 'null']), entry) }),
    seq(str(), true),
  );
}

/** Free-form driver options: `name: value` with string or number values. */
export function driverOptions(description: string): PropertyDef {
  return prop(mapping({}, { additional: prop(scalar(['string', 'number']), 'One driver option.') }), description, {
    example: 'driver_opts:\n  type: nfs\n  o: addr=10.0.0.1,rw',
  });
}

/** A command in shell form (string), exec form (list), or empty to clear an inherited one. */
export const command = (): ComposeNode => oneOf(scalar(['null']), str(), seq(str()));

export function extraHosts(): ComposeNode {
  return oneOf(
    mapping({}, {
      additional: prop(oneOf(str(), seq(str())), 'The IP address (or list of addresses) the host name resolves to.'),
    }),
    seq(str(), true),
  );
}

export function ulimits(): MappingNode {
  const limit = oneOf(
    intish(),
    object(
      {
        soft: prop(intish(), 'The limit the process gets by default; it may raise it up to `hard`.'),
        hard: prop(intish(), 'The ceiling the soft limit can be raised to.'),
      },
      { required: ['soft', 'hard'] },
    ),
  );
  return mapping(
    {},
    {
      additional: prop(limit, 'One resource limit: a single number for both soft and hard, or a `soft`/`hard` pair.', {
        example: 'nofile:\n  soft: 20000\n  hard: 40000',
      }),
      keyPattern: '^[a-z]+$',
      entryLabel: 'ulimit',
      // The specification leaves names that do not match the pattern unchecked.
      open: true,
    },
  );
}

/** Service-level `secrets:` and `configs:`: short name or long syntax with target, owner and mode. */
export function fileGrants(what: 'secret' | 'config'): ComposeNode {
  const defaultTarget = what === 'secret' ? '/run/secrets/<source>' : '/<source>';
  const defaultMode = what === 'secret' ? '0400' : '0444';
  return seq(
    oneOf(
      str(),
      object(
        {
          source: prop(str(), `The name of the top-level ${what} to grant.`),
          target: prop(str(), `Where the file appears in the container. Defaults to \`${defaultTarget}\`.`),
          uid: prop(str(), 'Numeric user id that owns the file in the container (as a string).'),
          gid: prop(str(), 'Numeric group id that owns the file in the container (as a string).'),
          mode: prop(scalar(['number', 'string']), `Permission bits of the file, best written in octal (\`0440\`). Defaults to ${defaultMode}.`, {
            example: 'mode: 0440',
          }),
        },
        // The specification does not require `source`, but Compose cannot grant a nameless entry.
        { required: ['source'] },
      ),
    ),
  );
}

/** `env_file`: one path, a list of paths, or long entries with `required` and `format`. */
export function envFile(): ComposeNode {
  return oneOf(
    str(),
    seq(
      oneOf(
        str(),
        mapping(
          {
            path: prop(str(), 'Path of the env file, relative to the Compose file.'),
            format: prop(str(), 'Parse the file in another format instead of Compose\'s own `KEY=value` rules (`raw` keeps values verbatim).'),
            required: prop(boolish(), 'When false, a missing file is skipped instead of failing. Defaults to true.', {
              since: '2.24.0',
            }),
          },
          { required: ['path'] },
        ),
      ),
    ),
  );
}

const hookCommon = (): Record<string, PropertyDef> => ({
  command: prop(command(), 'The command to run, as a string or an exec-form list.'),
  user: prop(str(), 'Runs the command as this user (name or id).'),
  privileged: prop(boolish(), 'Run the command with extended privileges.'),
  working_dir: prop(str(), 'Directory the command runs in.'),
  environment: prop(listOrDict('A variable set for the command.'), 'Variables for this command only; they extend or replace the service\'s environment.'),
});

/** A lifecycle hook run inside the service container (`post_start`, `pre_stop`, watch `exec`). */
export function serviceHook(): MappingNode {
  return object(hookCommon(), { required: ['command'] });
}

/** A `pre_start` step: runs in its own short-lived container before the service starts. */
export function preStartHook(): MappingNode {
  const common = hookCommon();
  return object({
    command: prop(command(), 'The command to run. Can be left out when the image\'s entrypoint already does the job.'),
    image: prop(str(), 'Image of the short-lived container. Defaults to the service\'s own image.'),
    user: common['user']!,
    privileged: common['privileged']!,
    working_dir: common['working_dir']!,
    environment: common['environment']!,
    per_replica: prop(boolish(), 'Run once per replica (true) instead of once for the whole service before any replica starts (false, the default).'),
  });
}

/** Properties shared by GPU requests (`gpus`) and device reservations (`deploy…devices`). */
export function deviceRequestProperties(): Record<string, PropertyDef> {
  return {
    capabilities: prop(listOfStrings(), 'What the devices must support, e.g. `[gpu]`, `[gpu, compute]`. Required for device reservations.', {
      example: 'capabilities: [gpu]',
    }),
    // Not `intish()`: the string `all` is a valid count.
    count: prop(scalar(['integer', 'string']), 'How many devices to reserve: a number or `all`. Do not combine with `device_ids`.', {
      suggestedValues: ['all'],
      typeText: 'integer or "all"',
    }),
    device_ids: prop(listOfStrings(), 'Specific device ids to reserve. Do not combine with `count`.'),
    driver: prop(str(), 'Which device driver handles the request, such as `nvidia`.'),
    options: prop(listOrDict('A driver option.'), 'Driver-specific options.'),
  };
}
