import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { reportOpenPorts } from '../shared/compose-exposure';

export const meta: ComposeRuleMeta = {
  id: 'database-port-exposed',
  target: 'compose',
  category: 'security',
  severity: 'warning',
  summary: 'A database, cache or broker port is published on all host interfaces.',
  docs: {
    description:
      'Databases, caches and brokers published on every interface are found by internet-wide scanners within hours; many ' +
      'ship without a password by default (Redis, Memcached, Elasticsearch) or with the one from the compose file. Other ' +
      'services reach them over the Compose network without any `ports` entry; publish to `127.0.0.1` only for local tools.',
    incorrect: 'services:\n  db:\n    image: postgres:17\n    ports:\n      - "5432:5432"\n',
    correct: 'services:\n  db:\n    image: postgres:17\n    ports:\n      - "127.0.0.1:5432:5432"\n',
    fix: 'Prefixes the mapping with `127.0.0.1:` (or adds `host_ip: 127.0.0.1`). Unsafe: other machines lose access.',
    notes:
      'A database is recognised by its image (postgres, mysql, mariadb, mongo, redis, valkey, memcached, elasticsearch, ' +
      'opensearch, cassandra, couchdb, neo4j, influxdb, clickhouse, mssql, etcd, zookeeper, rabbitmq… and their `bitnami/` ' +
      'variants) or by a container port that is one of their defaults (5432, 3306, 27017, 6379, 11211, 9200, 9042, 5984, ' +
      '7687, 8086, 1433, 2379, 2181). Same exemptions as `ports-all-interfaces`.',
  },
  fix: 'unsafe',
  aliases: ['dclint:no-unbound-port-interfaces', 'KICS:451d79dc'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  reportOpenPorts(
    ctx,
    (open) => Boolean(open.database),
    (open, s) =>
      `Port ${code(open.entry.published.text)} of service ${code(s.name)} (${open.database}) is published on all host interfaces: bind it to \`127.0.0.1\` or drop it.`,
  );
}
