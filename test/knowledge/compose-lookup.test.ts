// The Compose model's lookup API: hover descriptions, completion keys, "did you mean" and the
// structural validator, on real Compose snippets parsed with `yaml`.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import {
  childKeys,
  describePath,
  hasInterpolation,
  nodeAtPath,
  parseByteSize,
  parseDuration,
  suggestKey,
  validateValue,
  valueSuggestions,
} from '../../server/src/knowledge/compose';
import type { Problem } from '../../server/src/knowledge/compose';

/** Validates a whole Compose document written as YAML. */
function check(yaml: string): Problem[] {
  return validateValue([], parse(yaml, { merge: true }) as unknown);
}

const messages = (yaml: string): string[] => check(yaml).map((p) => p.message);

describe('nodeAtPath', () => {
  test('walks short and long syntaxes to the right node', () => {
    const published = nodeAtPath(['services', 'web', 'ports', 0, 'published']);
    assert.equal(published?.kind, 'node');
    if (published?.kind === 'node') assert.deepEqual(published.node, { kind: 'scalar', types: ['string', 'integer'] });
    const service = nodeAtPath(['services', 'api']);
    assert.equal(service?.kind === 'node' ? service.entryLabel : undefined, 'service');
    const context = nodeAtPath(['services', 'api', 'build', 'context']);
    assert.equal(context?.kind, 'node');
  });

  test('x-* keys are extensions wherever the specification allows them, and their content too', () => {
    assert.deepEqual(nodeAtPath(['x-defaults']), { kind: 'extension', key: 'x-defaults' });
    assert.deepEqual(nodeAtPath(['x-defaults', 'image', 3, 'deep']), { kind: 'extension', key: 'x-defaults' });
    assert.deepEqual(nodeAtPath(['services', 'web', 'x-tool']), { kind: 'extension', key: 'x-tool' });
    assert.deepEqual(nodeAtPath(['networks', 'front', 'x-note']), { kind: 'extension', key: 'x-note' });
    // `blkio_config` does not accept extensions.
    assert.equal(nodeAtPath(['services', 'web', 'blkio_config', 'x-note']), undefined);
  });

  test('unknown keys and wrong index kinds leave the model', () => {
    assert.equal(nodeAtPath(['services', 'web', 'port']), undefined);
    assert.equal(nodeAtPath(['services', 'web', 'ports', 'published']), undefined);
    assert.equal(nodeAtPath(['services', 'web', 'image', 0]), undefined);
  });

  test('open mappings accept any key', () => {
    assert.deepEqual(nodeAtPath(['services', 'web', 'storage_opt', 'size']), { kind: 'free' });
  });
});

describe('describePath', () => {
  const cases: { path: (string | number)[]; key: string; typeText: string }[] = [
    { path: ['services', 'web', 'restart'], key: 'restart', typeText: 'string' },
    { path: ['services', 'web', 'ports', 0, 'published'], key: 'published', typeText: 'string or integer' },
    { path: ['services', 'web', 'ports', 1], key: 'ports[1]', typeText: 'number, string or mapping' },
    { path: ['services', 'web', 'build'], key: 'build', typeText: 'string (context path) or mapping' },
    { path: ['services', 'web', 'healthcheck', 'test'], key: 'test', typeText: 'string or list of strings' },
    { path: ['services', 'web', 'healthcheck', 'interval'], key: 'interval', typeText: 'duration (like 1m30s)' },
    { path: ['services', 'web', 'mem_limit'], key: 'mem_limit', typeText: 'byte size (like 512m) or number of bytes' },
    { path: ['services', 'web', 'privileged'], key: 'privileged', typeText: 'boolean' },
    { path: ['services', 'web', 'cap_add'], key: 'cap_add', typeText: 'list of strings' },
    { path: ['services', 'web', 'volumes'], key: 'volumes', typeText: 'list of strings or mappings' },
    { path: ['services', 'web', 'dns'], key: 'dns', typeText: 'string or list of strings' },
    { path: ['services', 'web', 'ulimits', 'nofile'], key: 'nofile', typeText: 'integer or mapping' },
    { path: ['services', 'web', 'environment', 'NODE_ENV'], key: 'NODE_ENV', typeText: 'string, number, boolean or empty' },
    { path: ['services', 'web', 'gpus'], key: 'gpus', typeText: '"all" or list of device requests' },
    { path: ['services', 'web', 'cgroup'], key: 'cgroup', typeText: '"host" or "private"' },
    { path: ['volumes', 'data'], key: 'data', typeText: 'mapping or empty' },
    { path: ['name'], key: 'name', typeText: 'string' },
  ];
  for (const { path, key, typeText } of cases) {
    test(`${path.join('.')} → ${typeText}`, () => {
      const d = describePath(path);
      assert.ok(d, `no description for ${path.join('.')}`);
      assert.equal(d.key, key);
      assert.equal(d.typeText, typeText);
      assert.ok(d.description.length > 10);
    });
  }

  test('restart lists its allowed values and an example', () => {
    const d = describePath(['services', 'web', 'restart']);
    assert.equal(d?.allowedValuesText, 'no, always, on-failure[:N], unless-stopped');
    assert.deepEqual(d?.allowedValues, ['no', 'always', 'on-failure', 'unless-stopped']);
    assert.match(d?.example ?? '', /^restart: /);
  });

  test('enums become allowed values', () => {
    assert.deepEqual(describePath(['services', 'web', 'depends_on', 'db', 'condition'])?.allowedValues, [
      'service_started',
      'service_healthy',
      'service_completed_successfully',
    ]);
  });

  test('named entries say what they are', () => {
    assert.match(describePath(['services', 'web'])?.description ?? '', /^Service `web`\. /);
    assert.match(describePath(['networks', 'back'])?.description ?? '', /^Network `back`\. /);
  });

  test('deprecated keys carry the replacement', () => {
    assert.match(describePath(['version'])?.deprecated ?? '', /delete/);
    assert.match(describePath(['volumes', 'data', 'external', 'name'])?.deprecated ?? '', /external: true/);
  });

  test('x-* keys describe themselves as extensions', () => {
    const d = describePath(['services', 'web', 'x-labels']);
    assert.equal(d?.typeText, 'any value');
    assert.match(d?.description ?? '', /Extension field/);
  });

  test('unknown paths have no description', () => {
    assert.equal(describePath(['services', 'web', 'nope']), undefined);
    assert.equal(describePath([]), undefined);
  });
});

describe('childKeys', () => {
  const keysAt = (path: (string | number)[]): string[] => childKeys(path).map((k) => k.key);

  test('top level', () => {
    assert.deepEqual(keysAt([]).sort(), ['configs', 'include', 'models', 'name', 'networks', 'secrets', 'services', 'version', 'volumes']);
  });

  test('a service offers every service key, including the recent ones', () => {
    const keys = keysAt(['services', 'web']);
    assert.ok(keys.length >= 90, `only ${keys.length} service keys`);
    for (const key of ['develop', 'provider', 'gpus', 'use_api_socket', 'post_start', 'pre_stop', 'label_file', 'attach', 'models', 'pre_start', 'image', 'ports']) {
      assert.ok(keys.includes(key), `missing ${key}`);
    }
  });

  test('long-syntax keys of a list item and of a string-or-mapping key', () => {
    assert.deepEqual(keysAt(['services', 'web', 'ports', 0]).sort(), ['app_protocol', 'host_ip', 'mode', 'name', 'protocol', 'published', 'target']);
    const build = keysAt(['services', 'web', 'build']);
    for (const key of ['additional_contexts', 'platforms', 'secrets', 'ssh', 'cache_from', 'cache_to', 'entitlements', 'privileged', 'ulimits', 'no_cache', 'pull', 'network', 'shm_size', 'tags', 'provenance', 'sbom']) {
      assert.ok(build.includes(key), `build lacks ${key}`);
    }
    assert.deepEqual(keysAt(['services', 'web', 'develop', 'watch', 0]).sort(), ['action', 'exec', 'ignore', 'include', 'initial_sync', 'path', 'target']);
  });

  test('entries carry descriptions and types', () => {
    const image = childKeys(['services', 'web']).find((k) => k.key === 'image');
    assert.equal(image?.typeText, 'string');
    assert.ok((image?.description.length ?? 0) > 10);
    assert.ok(childKeys([]).find((k) => k.key === 'version')?.deprecated);
  });

  test('maps of names and scalars offer no keys', () => {
    assert.deepEqual(keysAt(['services']), []);
    assert.deepEqual(keysAt(['services', 'web', 'restart']), []);
    assert.deepEqual(keysAt(['services', 'web', 'nope']), []);
  });
});

describe('suggestKey', () => {
  const cases: [(string | number)[], string, string | undefined][] = [
    [['services', 'web'], 'port', 'ports'],
    [['services', 'web'], 'volume', 'volumes'],
    [['services', 'web'], 'env', 'environment'],
    [['services', 'web'], 'depends-on', 'depends_on'],
    [['services', 'web'], 'container-name', 'container_name'],
    [['services', 'web'], 'restart_policy', 'deploy.restart_policy'],
    [['services', 'web'], 'replicas', 'deploy.replicas'],
    [['services', 'web'], 'dockerfile', 'build.dockerfile'],
    [['services', 'web'], 'interval', 'healthcheck.interval'],
    [['services', 'web'], 'imgae', 'image'],
    [['services', 'web'], 'enviroment', 'environment'],
    [['services', 'web'], 'Image', 'image'],
    [['services', 'web'], 'health', 'healthcheck'],
    [['services', 'web'], 'zzzz', undefined],
    [[], 'service', 'services'],
    [[], 'netwroks', 'networks'],
    [['services', 'web', 'depends_on', 'db'], 'conditon', 'condition'],
    [['services', 'web', 'build'], 'dockerfle', 'dockerfile'],
    [['services', 'web', 'deploy', 'resources', 'limits'], 'mem', 'memory'],
    [['services', 'web', 'deploy', 'resources', 'limits'], 'gpu', undefined],
    [['services', 'web', 'deploy', 'resources', 'limits'], 'memroy', 'memory'],
  ];
  for (const [path, key, expected] of cases) {
    test(`${key} at ${path.join('.') || 'top level'} → ${expected ?? 'nothing'}`, () => {
      assert.equal(suggestKey(path, key), expected);
    });
  }
});

describe('valueSuggestions', () => {
  test('enums, common values and booleans', () => {
    assert.deepEqual(valueSuggestions(['services', 'web', 'restart']), ['no', 'always', 'on-failure', 'unless-stopped']);
    assert.deepEqual(valueSuggestions(['services', 'web', 'read_only']), ['true', 'false']);
    assert.deepEqual(valueSuggestions(['services', 'web', 'volumes', 0, 'type']), ['bind', 'volume', 'tmpfs', 'cluster', 'npipe', 'image']);
    assert.deepEqual(valueSuggestions(['services', 'web', 'image']), []);
  });
});

describe('formats', () => {
  test('durations as Go reads them', () => {
    assert.equal(parseDuration('1m30s'), 90_000);
    assert.equal(parseDuration('1.5h'), 5_400_000);
    assert.equal(parseDuration('500ms'), 500);
    assert.equal(parseDuration('0'), 0);
    assert.equal(parseDuration('-2s'), -2000);
    for (const bad of ['1m30', '30 seconds', '1d', '', 's', '10']) assert.equal(parseDuration(bad), undefined, bad);
  });

  test('byte sizes as Compose reads them (binary multiples)', () => {
    assert.equal(parseByteSize('512'), 512);
    assert.equal(parseByteSize('2b'), 2);
    assert.equal(parseByteSize('64k'), 64 * 1024);
    assert.equal(parseByteSize('512m'), 512 * 1024 ** 2);
    assert.equal(parseByteSize('1gb'), 1024 ** 3);
    assert.equal(parseByteSize('1GiB'), 1024 ** 3);
    assert.equal(parseByteSize('1.5g'), 1.5 * 1024 ** 3);
    assert.equal(parseByteSize('1 GB'), 1024 ** 3); // docker/go-units tolerates one space
    for (const bad of ['1 gigabyte', 'lots', '-1', '', 'm', '1x', '1gbb', '1  g']) assert.equal(parseByteSize(bad), undefined, bad);
  });

  test('interpolation markers', () => {
    for (const yes of ['${PORT}', '$PORT', '${PORT:-80}:80', 'a${B}c', '$$$A']) assert.equal(hasInterpolation(yes), true, yes);
    for (const no of ['80', '$$PORT', 'cost $5', '$', 'a$$b', 'a$$$$b']) assert.equal(hasInterpolation(no), false, no);
  });
});

describe('validateValue: valid files produce no problems', () => {
  const valid: Record<string, string> = {
    'a typical application': `
name: shop
x-logging: &logging
  driver: json-file
  options:
    max-size: 10m
    max-file: "3"
services:
  web:
    build:
      context: .
      args:
        NODE_VERSION: "22"
      platforms: [linux/amd64, linux/arm64]
    image: shop/web:1.4
    ports:
      - "127.0.0.1:8080:80"
      - 9000
      - target: 443
        published: "8443"
        protocol: tcp
    environment:
      NODE_ENV: production
      WORKERS: 4
      DEBUG: false
      EMPTY:
    env_file:
      - .env
      - path: .env.local
        required: false
    depends_on:
      db:
        condition: service_healthy
        restart: true
    healthcheck:
      test: ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]
      interval: 30s
      timeout: 5s
      retries: 3
      start_period: 1m30s
    restart: on-failure:5
    logging: *logging
    deploy:
      resources:
        limits: {cpus: "0.5", memory: 512m}
      restart_policy: {condition: on-failure, delay: 5s}
    ulimits:
      nofile: {soft: 20000, hard: 40000}
      nproc: 65535
    x-owner: team-a
  db:
    image: postgres:16
    volumes:
      - db-data:/var/lib/postgresql/data
      - type: bind
        source: ./init.sql
        target: /docker-entrypoint-initdb.d/init.sql
        read_only: true
    secrets: [db_password]
    command: null
    mem_limit: 1g
    shm_size: 256m
    privileged: false
    pull_policy: every_12h
volumes:
  db-data:
networks:
  default:
  back:
    driver: bridge
    ipam:
      config:
        - subnet: 172.28.0.0/16
secrets:
  db_password:
    file: ./db_password.txt
`,
    'interpolated values satisfy any scalar type, enum, pattern and format': `
services:
  app:
    image: \${IMAGE:-app}:\${TAG}
    cpus: \${CPUS}
    privileged: \${PRIVILEGED:-false}
    restart: \${RESTART_POLICY:-always}
    scale: $REPLICAS
    mem_limit: \${MEMORY}
    stop_grace_period: \${GRACE}
    oom_score_adj: \${OOM}
    ports:
      - "\${PORT}:80"
      - target: \${TARGET}
        published: \${PUBLISHED}
    depends_on:
      db:
        condition: \${CONDITION}
    healthcheck:
      interval: \${INTERVAL}
      retries: \${RETRIES}
    cgroup: \${CGROUP}
  db:
    image: postgres
`,
    'x-* keys wherever allowed, and merge keys': `
x-free:
  anything: [1, 2, {deep: true}]
x-base: &base
  restart: always
  labels: {team: a}
services:
  web:
    <<: *base
    image: nginx
    x-custom: 1
    build:
      context: .
      x-note: hi
networks:
  front:
    x-meta: {a: 1}
`,
    'booleans written as strings Compose converts': `
services:
  web:
    image: nginx
    read_only: "true"
    tty: "false"
    init: yes
`,
  };
  for (const [name, yaml] of Object.entries(valid)) {
    test(name, () => {
      assert.deepEqual(check(yaml), []);
    });
  }
});

describe('validateValue: invalid files produce exact messages', () => {
  const cases: { name: string; yaml: string; expected: string[] }[] = [
    {
      name: 'unknown keys with suggestions',
      yaml: 'services:\n  web:\n    image: nginx\n    port: ["80:80"]\n    restart_policy: {condition: any}\n',
      expected: [
        'Unknown key `port` under service `web`. Did you mean `ports`?',
        'Unknown key `restart_policy` under service `web`. Did you mean `deploy.restart_policy`?',
      ],
    },
    {
      name: 'unknown key without a suggestion, at the top level and deep inside',
      yaml: 'servics: {}\nservices:\n  web:\n    image: x\n    deploy:\n      resources:\n        limits:\n          gpu: 1\n',
      expected: [
        'Unknown key `servics` at the top level. Did you mean `services`?',
        'Unknown key `gpu` under `deploy.resources.limits` of service `web`.',
      ],
    },
    {
      name: 'restart outside the allowed values',
      yaml: 'services:\n  web:\n    image: x\n    restart: unless_stopped\n',
      expected: ['`restart` must be one of no, always, on-failure[:N], unless-stopped.'],
    },
    {
      name: 'enum values',
      yaml: 'services:\n  web:\n    image: x\n    depends_on:\n      db:\n        condition: healthy\n    volumes:\n      - type: mount\n        target: /data\n',
      expected: [
        '`condition` must be one of service_started, service_healthy, service_completed_successfully.',
        '`volumes[0].type` must be one of bind, volume, tmpfs, cluster, npipe, image.',
      ],
    },
    {
      name: 'typed strings Compose cannot convert',
      yaml: 'services:\n  web:\n    image: x\n    privileged: enabled\n    scale: two\n    cpus: lots\n',
      expected: [
        '`privileged` must be a boolean (true or false), not `enabled`.',
        '`scale` must be an integer, not `two`.',
        '`cpus` must be a number, not `lots`.',
      ],
    },
    {
      name: 'durations and byte sizes',
      yaml: 'services:\n  web:\n    image: x\n    mem_limit: 1 gigabyte\n    stop_grace_period: 30 seconds\n    healthcheck:\n      interval: 1m30\n',
      expected: [
        '`mem_limit` must be a byte size such as `512m` or `1g`, not `1 gigabyte`.',
        '`stop_grace_period` must be a duration such as `30s` or `1m30s`, not `30 seconds`.',
        '`healthcheck.interval` must be a duration such as `30s` or `1m30s`, not `1m30`.',
      ],
    },
    {
      name: 'wrong JSON types',
      yaml: 'services:\n  web:\n    image: 123\n    ports: "80:80"\n    user: 1000\n    build: [a]\n    stop_grace_period: 10\n',
      expected: [
        '`image` must be a string, not a number (`123`).',
        '`ports` must be a list of numbers, strings or mappings, not `80:80`.',
        '`user` must be a string, not a number (`1000`).',
        '`build` must be a string or a mapping, not a list.',
        '`stop_grace_period` must be a duration (like 1m30s), not a number (`10`).',
      ],
    },
    {
      name: 'interpolation does not turn a string into a list',
      yaml: 'services:\n  web:\n    image: x\n    ports: ${PORTS}\n',
      expected: ['`ports` must be a list of numbers, strings or mappings, not `${PORTS}`.'],
    },
    {
      name: 'a service that is not a mapping',
      yaml: 'services:\n  web: nginx\n',
      expected: ['Service `web` must be a mapping, not `nginx`.'],
    },
    {
      name: 'required keys',
      yaml: 'services:\n  web:\n    image: x\n    depends_on:\n      db: {restart: true}\n    extends: {file: base.yaml}\n    develop:\n      watch:\n        - path: ./src\n',
      expected: [
        'Missing required key `condition` under dependency `db` of service `web`.',
        'Missing required key `service` under `extends` of service `web`.',
        'Missing required key `action` under `develop.watch[0]` of service `web`.',
      ],
    },
    {
      name: 'duplicates in unique lists',
      yaml: 'services:\n  web:\n    image: x\n    cap_add: [NET_ADMIN, SYS_TIME, NET_ADMIN]\n    environment:\n      - A=1\n      - A=1\n',
      expected: ['Duplicate item `NET_ADMIN` in `cap_add`.', 'Duplicate item `A=1` in `environment`.'],
    },
    {
      name: 'numeric ranges',
      yaml: 'services:\n  web:\n    image: x\n    oom_score_adj: 2000\n    cpu_percent: "150"\n',
      expected: ['`oom_score_adj` must be between -1000 and 1000.', '`cpu_percent` must be between 0 and 100.'],
    },
    {
      name: 'invalid names',
      yaml: 'services:\n  my app:\n    image: x\nvolumes:\n  "data/1": {}\n',
      expected: [
        '`my app` is not a valid service name: use only letters, digits, `.`, `_` and `-`.',
        '`data/1` is not a valid volume name: use only letters, digits, `.`, `_` and `-`.',
      ],
    },
    {
      name: 'deprecations',
      yaml: 'version: "3.8"\nservices:\n  web:\n    image: x\nnetworks:\n  shared:\n    external:\n      name: corp-net\n',
      expected: [
        '`version` is deprecated. Compose no longer uses `version`; delete the key.',
        '`external.name` is deprecated. Write `name: <real name>` next to `external: true` instead.',
      ],
    },
    {
      name: 'x-* is not allowed where the specification closes the mapping',
      yaml: 'services:\n  web:\n    image: x\n    extends:\n      service: base\n      x-note: no\n',
      expected: ['Unknown key `x-note` under `extends` of service `web`.'],
    },
    {
      name: 'anchored content is checked where it lands',
      yaml: 'x-base: &base\n  imagee: nginx\nservices:\n  web:\n    <<: *base\n    image: nginx\n',
      expected: ['Unknown key `imagee` under service `web`. Did you mean `image`?'],
    },
    {
      name: 'GPU requests take a count or all',
      yaml: 'services:\n  web:\n    image: x\n    gpus:\n      - driver: nvidia\n        count: all\n      - count: 2\n        capabilities: [gpu]\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - count: 1\n',
      expected: ['Missing required key `capabilities` under `deploy.resources.reservations.devices[0]` of service `web`.'],
    },
    {
      name: 'container_name pattern',
      yaml: 'services:\n  web:\n    image: x\n    container_name: -web\n',
      expected: ['`container_name` must match `[a-zA-Z0-9][a-zA-Z0-9_.-]+`, not `-web`.'],
    },
    {
      name: 'booleans the specification takes only as YAML booleans',
      yaml: 'services:\n  web:\n    image: x\n    use_api_socket: "true"\n',
      expected: ['`use_api_socket` must be a boolean, not `true`.'],
    },
  ];
  for (const { name, yaml, expected } of cases) {
    test(name, () => {
      assert.deepEqual(messages(yaml), expected);
    });
  }

  test('problems carry the path of the offending key or value, and the suggestion', () => {
    const problems = check('services:\n  web:\n    image: x\n    port: [80]\n    restart: sometimes\n');
    assert.deepEqual(
      problems.map((p) => ({ path: p.path, kind: p.kind, suggestion: p.suggestion })),
      [
        { path: ['services', 'web', 'port'], kind: 'unknown-key', suggestion: 'ports' },
        { path: ['services', 'web', 'restart'], kind: 'enum', suggestion: undefined },
      ],
    );
  });

  test('validating a fragment reports absolute paths', () => {
    const problems = validateValue(['services', 'web', 'healthcheck'], { test: 'true', intervall: '5s' });
    assert.deepEqual(problems, [
      {
        path: ['services', 'web', 'healthcheck', 'intervall'],
        kind: 'unknown-key',
        message: 'Unknown key `intervall` under `healthcheck` of service `web`. Did you mean `interval`?',
        suggestion: 'interval',
      },
    ]);
  });

  test('an empty document is fine; a list at the root is not', () => {
    assert.deepEqual(check(''), []);
    assert.deepEqual(check('# only a comment\n'), []);
    assert.deepEqual(messages('- a\n- b\n'), ['The document must be a mapping, not a list.']);
  });

  test('fragments outside the model or inside extensions are not judged', () => {
    assert.deepEqual(validateValue(['x-anything'], { whatever: [1, 2] }), []);
    assert.deepEqual(validateValue(['services', 'web', 'nope'], 5), []);
  });
});

test('validateValue: each problem keeps its own path, and an unknown key names the mapping it is in', () => {
  const problems = validateValue([], { services: { a: { image: 1, bogus: true, deploy: { replicas: 'x' } } } });
  assert.deepEqual(
    problems.map((p) => [p.path, p.kind, p.message]),
    [
      [['services', 'a', 'image'], 'type', '`image` must be a string, not a number (`1`).'],
      [['services', 'a', 'bogus'], 'unknown-key', 'Unknown key `bogus` under service `a`.'],
      [['services', 'a', 'deploy', 'replicas'], 'type', '`deploy.replicas` must be an integer, not `x`.'],
    ],
  );
  assert.notEqual(problems[0]!.path, problems[1]!.path);
  const from = ['services', 'a'];
  assert.deepEqual(validateValue(from, { imagee: 'x' })[0]?.path, ['services', 'a', 'imagee']);
  assert.deepEqual(from, ['services', 'a']);
});
