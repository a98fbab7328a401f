/**
 * Data for the Compose security rules (catalog Appendix A): database, cache and broker images and
 * their default ports, runtime API sockets, sensitive host paths and their read-only exemptions.
 * Kept as plain lists so they are easy to review and extend.
 */
import { normalizeImageName, type ParsedImageReference } from '../../knowledge/dockerfile/base-images';

/** A1: repository names after normalisation; `bitnami/<name>` variants count too. */
export const DATABASE_IMAGES: readonly string[] = [
  'postgres', 'postgis/postgis', 'mysql', 'mariadb', 'percona', 'mongo', 'mongodb/mongodb-community-server', 'redis',
  'redis/redis-stack', 'redis/redis-stack-server', 'valkey/valkey', 'memcached', 'elasticsearch',
  'docker.elastic.co/elasticsearch/elasticsearch', 'opensearchproject/opensearch', 'cassandra', 'couchdb', 'couchbase',
  'neo4j', 'influxdb', 'clickhouse/clickhouse-server', 'clickhouse', 'mcr.microsoft.com/mssql/server', 'gvenzl/oracle-xe',
  'cockroachdb/cockroach', 'rethinkdb', 'etcd', 'quay.io/coreos/etcd', 'zookeeper', 'rabbitmq',
];

/** Default ports of those services (container side). */
export const DATABASE_PORTS: ReadonlyMap<number, string> = new Map([
  [5432, 'PostgreSQL'], [3306, 'MySQL/MariaDB'], [27017, 'MongoDB'], [6379, 'Redis'], [11211, 'Memcached'],
  [9200, 'Elasticsearch'], [9042, 'Cassandra'], [5984, 'CouchDB'], [7687, 'Neo4j'], [8086, 'InfluxDB'],
  [1433, 'SQL Server'], [2379, 'etcd'], [2181, 'ZooKeeper'],
]);

/** True when a parsed image reference names a database, cache or broker of the list. */
export function isDatabaseImage(reference: ParsedImageReference): boolean {
  const name = normalizeImageName(reference);
  const bitnami = name.startsWith('bitnami/');
  const bare = bitnami ? name.slice('bitnami/'.length) : name;
  return DATABASE_IMAGES.includes(name) || DATABASE_IMAGES.includes(bare) || (bitnami && DATABASE_IMAGES.some((d) => d.endsWith('/' + bare)));
}

/** A2: container runtime API sockets (after `//` is collapsed). */
export const RUNTIME_SOCKETS: readonly RegExp[] = [
  /^\/(?:var\/)?run\/docker\.sock$/,
  /^\/run\/user\/\d+\/docker\.sock$/,
  /^\/(?:var\/)?run\/podman\/podman\.sock$/,
  /^\/run\/user\/\d+\/podman\/podman\.sock$/,
  /^\/(?:var\/)?run\/containerd\/containerd\.sock$/,
  /^\/(?:var\/)?run\/crio\/crio\.sock$/,
  /^\\\\\.\\pipe\\docker_engine$/,
];

export function isRuntimeSocket(path: string): boolean {
  return RUNTIME_SOCKETS.some((re) => re.test(path));
}

/** A3: host paths that give a container control over the host when mounted. `/` only matches itself. */
export const SENSITIVE_HOST_PATHS: readonly string[] = [
  '/', '/etc', '/proc', '/sys', '/dev', '/boot', '/root', '/var/run', '/run', '/var/lib/docker', '/usr', '/lib',
];

/** A3 exemptions: harmless when mounted read-only (the path itself or anything under it). */
export const READ_ONLY_EXEMPT_PATHS: readonly string[] = ['/etc/localtime', '/etc/timezone', '/usr/share/zoneinfo', '/etc/ssl/certs'];

/** The sensitive path a host path is (or lies under), or undefined. */
export function sensitivePathOf(path: string): string | undefined {
  if (path === '/') return '/';
  return SENSITIVE_HOST_PATHS.filter((p) => p !== '/').find((p) => path === p || path.startsWith(p + '/'));
}

export function isReadOnlyExempt(path: string): boolean {
  return READ_ONLY_EXEMPT_PATHS.some((p) => path === p || path.startsWith(p + '/'));
}
