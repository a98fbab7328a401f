import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  DOCKER_OFFICIAL_IMAGES,
  FRONTEND_REQUIREMENTS,
  classifySecretName,
  compareFrontendVersions,
  findSecretTokens,
  frontendFeatureForFlag,
  frontendSupports,
  isDockerOfficialImage,
  isKnownBaseImageEnv,
  isSecretName,
  isUnprivilegedBaseImage,
  knownEnvForImage,
  minFrontendVersion,
  parseFrontendVersion,
  usesPrivilegeDroppingTool,
} from '../../server/src/knowledge/dockerfile/shared-lists';

describe('B1 secret names', () => {
  const table: [string, boolean][] = [
    ['DB_PASSWORD', true],
    ['db_password', true],
    ['PASSWORD', true],
    ['API_KEY', true],
    ['APIKEY', true],
    ['MY_AUTH', true],
    ['AWS_CREDENTIALS', true],
    ['SECRET', true],
    ['GITHUB_TOKEN', true],
    ['OAUTH_TOKEN', true],
    ['PASSWD', true],
    ['PASSWORD_FILE', false],
    ['DB_PASSWORD_FILE', false],
    ['TOKEN_URL', false],
    ['AUTH_HOST', false],
    ['KEY_PATH', false],
    ['SECRET_DIR', false],
    ['PUBLIC_KEY', false],
    ['NODE_VERSION', false],
    ['AUTH_TYPE', false],
    ['AUTHOR', false],
    ['PASSWORDS', false],
    ['KEYBOARD_LAYOUT', false],
    ['TOKENIZER', false],
    ['USERNAME', false],
    ['PRIVATE_REGISTRY', false],
    ['PGPASSWORD', true],
    ['RABBITMQ_DEFAULT_PASS', true],
    ['VITE_OPENAI_API_KEY', true],
    ['REACT_APP_SENTRY_DSN', true],
    ['VITE_API_URL', false],
    ['VITE_', false],
    ['MYSQL_ALLOW_EMPTY_PASSWORD', false],
    ['MARIADB_RANDOM_ROOT_PASSWORD', false],
    ['ACCESS_TOKEN_LIFETIME', false],
    ['JWT_TOKEN_EXPIRY', false],
    ['REGISTRY_AUTH', false],
    ['CONNECT_KEY_CONVERTER', false],
    ['GF_AUTH_ANONYMOUS_ORG_ROLE', false],
    ['REGISTRY_AUTH_HTPASSWD_REALM', false],
    ['KC_REALM_CLIENT_SECRET', true],
    ['PASSWORD_ITERATIONS', false],
  ];
  for (const [name, expected] of table) {
    test(`${name} → ${expected ? 'secret' : 'not a secret'}`, () => assert.equal(isSecretName(name), expected));
  }

  test('the verdict explains the decision', () => {
    assert.deepEqual(classifySecretName('DB_PASSWORD'), { secret: true, reason: 'deny-word', word: 'password' });
    assert.deepEqual(classifySecretName('PASSWORD_FILE'), { secret: false, reason: 'allow-word', word: 'file' });
    assert.deepEqual(classifySecretName('vite_hf_token'), { secret: true, reason: 'known-name', word: 'HF_TOKEN' });
    assert.deepEqual(classifySecretName('LANG'), { secret: false, reason: 'none' });
  });

  test('token formats are found with offsets', () => {
    const aws = 'AKIA' + 'ABCDEFGHIJKLMNOP';
    const gh = 'ghp_' + 'a'.repeat(36);
    const text = `ENV K=${aws} T=${gh}`;
    const hits = findSecretTokens(text);
    assert.deepEqual(hits.map((h) => h.format.id), ['aws-access-key-id', 'github-token']);
    assert.equal(text.slice(hits[0]?.start, hits[0]?.end), aws);
    assert.equal(text.slice(hits[1]?.start, hits[1]?.end), gh);
    assert.deepEqual(findSecretTokens('-----BEGIN OPENSSH PRIVATE KEY-----').map((h) => h.format.id), ['private-key']);
    assert.deepEqual(findSecretTokens('ENV VERSION=1.2.3 URL=https://example.com'), []);
  });
});

describe('B2 frontend versions', () => {
  test('parses syntax values and bare tags', () => {
    const p = (s: string) => {
      const v = parseFrontendVersion(s);
      return v && [v.major, v.minor, v.patch, v.labs];
    };
    assert.deepEqual(p('docker/dockerfile:1.4'), [1, 4, Infinity, false]);
    assert.deepEqual(p('docker/dockerfile:1'), [1, Infinity, Infinity, false]);
    assert.deepEqual(p('docker/dockerfile:1.4-labs'), [1, 4, Infinity, true]);
    assert.deepEqual(p('docker/dockerfile:1.7.1'), [1, 7, 1, false]);
    assert.deepEqual(p('docker.io/docker/dockerfile:1.10'), [1, 10, Infinity, false]);
    assert.deepEqual(p('docker/dockerfile'), [1, Infinity, Infinity, false]);
    assert.deepEqual(p('docker/dockerfile-upstream:master-labs'), [1, Infinity, Infinity, true]);
    assert.deepEqual(p(`docker/dockerfile:1.9@sha256:${'c'.repeat(64)}`), [1, 9, Infinity, false]);
    assert.deepEqual(p('1.4'), [1, 4, Infinity, false]);
    assert.deepEqual(p('labs'), [1, Infinity, Infinity, true]);
    assert.deepEqual(p('latest'), [1, Infinity, Infinity, false]);
    assert.equal(parseFrontendVersion('docker/dockerfile:experimental')?.experimental, true);
    assert.equal(parseFrontendVersion('docker/dockerfile:1.0-experimental')?.experimental, true);
    assert.equal(parseFrontendVersion('tonistiigi/dockerfile:1.4'), undefined);
    assert.equal(parseFrontendVersion(`docker/dockerfile@sha256:${'c'.repeat(64)}`), undefined);
    assert.equal(parseFrontendVersion('docker/dockerfile:nightly'), undefined);
  });

  test('compares versions, floating tags counting as their newest release', () => {
    const cmp = (a: string, b: string) => Math.sign(compareFrontendVersions(a, b));
    assert.equal(cmp('1.4', '1.10'), -1);
    assert.equal(cmp('1.10', '1.9'), 1);
    assert.equal(cmp('1.4', '1.4.3'), 1);
    assert.equal(cmp('1.4.3', '1.4.3'), 0);
    assert.equal(cmp('1', '1.20'), 1);
    assert.equal(cmp('latest', '1'), 0);
    assert.equal(cmp('1.4-labs', '1.4'), 0);
    assert.equal(cmp('docker/dockerfile:1.3', 'docker/dockerfile:1.4'), -1);
    assert.throws(() => compareFrontendVersions('nightly', '1'));
  });

  test('minimum versions from the catalog', () => {
    assert.equal(minFrontendVersion('heredoc').stable, '1.4');
    assert.equal(minFrontendVersion('copy-link').stable, '1.4');
    assert.equal(minFrontendVersion('add-checksum').stable, '1.6');
    assert.equal(minFrontendVersion('copy-exclude').stable, '1.19');
    assert.equal(minFrontendVersion('copy-parents').stable, '1.20');
    assert.equal(minFrontendVersion('run-security').stable, '1.20');
    assert.equal(minFrontendVersion('run-device').stable, undefined);
    assert.equal(minFrontendVersion('run-device').labs, '1.14');
    assert.equal(frontendFeatureForFlag('COPY', '--link'), 'copy-link');
    assert.equal(frontendFeatureForFlag('add', 'keep-git-dir'), 'add-keep-git-dir');
    assert.equal(frontendFeatureForFlag('COPY', 'from'), undefined);
    for (const r of FRONTEND_REQUIREMENTS) assert.ok(r.stable !== undefined || r.labs !== undefined, r.feature);
  });

  const supports: [string, Parameters<typeof frontendSupports>[1], boolean | undefined][] = [
    ['docker/dockerfile:1.4', 'copy-link', true],
    ['docker/dockerfile:1.3', 'copy-link', false],
    ['docker/dockerfile:1.3-labs', 'heredoc', true],
    ['docker/dockerfile:1.3', 'heredoc', false],
    ['docker/dockerfile:1', 'copy-parents', true],
    ['docker/dockerfile:1.19', 'copy-parents', false],
    ['docker/dockerfile:1.7-labs', 'copy-parents', true],
    ['docker/dockerfile:1.20', 'copy-parents', true],
    ['docker/dockerfile:1.20', 'run-device', false],
    ['docker/dockerfile:1', 'run-device', false],
    ['docker/dockerfile:1-labs', 'run-device', true],
    ['docker/dockerfile:1.13-labs', 'run-device', false],
    ['docker/dockerfile:labs', 'run-device', true],
    ['docker/dockerfile:latest', 'add-unpack', true],
    ['docker/dockerfile:1.6.0', 'add-checksum', true],
    ['docker/dockerfile:1.5', 'add-checksum', false],
    ['docker/dockerfile:experimental', 'heredoc', false],
    ['example.com/custom/frontend:1', 'heredoc', undefined],
  ];
  for (const [pinned, feature, expected] of supports) {
    test(`${pinned} supports ${feature}: ${String(expected)}`, () => assert.equal(frontendSupports(pinned, feature), expected));
  }
});

describe('B3 privilege data', () => {
  test('privilege-dropping commands', () => {
    assert.equal(usesPrivilegeDroppingTool(['gosu', 'app', 'node', 'server.js']), true);
    assert.equal(usesPrivilegeDroppingTool(['/sbin/su-exec', 'app', 'x']), true);
    assert.equal(usesPrivilegeDroppingTool(['su', 'app', '-c', 'x']), true);
    assert.equal(usesPrivilegeDroppingTool(['su', '-s', '/bin/sh', 'app', '-lc', 'x']), true);
    assert.equal(usesPrivilegeDroppingTool(['su', 'app']), false);
    assert.equal(usesPrivilegeDroppingTool(['node', 'server.js']), false);
  });

  const bases: [string, boolean][] = [
    ['gcr.io/distroless/static-debian12:nonroot', true],
    ['gcr.io/distroless/base-debian12:debug-nonroot', true],
    ['gcr.io/distroless/static-debian12', false],
    ['gcr.io/distroless/static-debian12:latest', false],
    ['cgr.dev/chainguard/node', true],
    ['cgr.dev/chainguard/node:latest', true],
    ['cgr.dev/chainguard/node:latest-dev', false],
    ['nginxinc/nginx-unprivileged:1.27-alpine', true],
    ['docker.io/bitnami/postgresql:latest', true],
    ['nginx:1.27', false],
    ['ubuntu:24.04', false],
  ];
  for (const [ref, expected] of bases) {
    test(`${ref} runs unprivileged: ${expected}`, () => assert.equal(isUnprivilegedBaseImage(ref), expected));
  }
});

describe('B4 Docker Official Images', () => {
  test('about 150 unique lower-case names', () => {
    assert.ok(DOCKER_OFFICIAL_IMAGES.length >= 140, String(DOCKER_OFFICIAL_IMAGES.length));
    assert.equal(new Set(DOCKER_OFFICIAL_IMAGES).size, DOCKER_OFFICIAL_IMAGES.length);
    for (const n of DOCKER_OFFICIAL_IMAGES) assert.match(n, /^[a-z0-9][a-z0-9._-]*$/);
  });
  test('lookup normalises library/ and docker.io', () => {
    for (const n of ['nginx', 'alpine', 'busybox', 'node', 'python', 'golang', 'postgres', 'library/redis', 'docker.io/library/mysql', 'nginx:1.27']) {
      assert.equal(isDockerOfficialImage(n), true, n);
    }
    for (const n of ['build', 'bitnami/nginx', 'ghcr.io/nginx', 'builder']) assert.equal(isDockerOfficialImage(n), false, n);
  });
});

describe('B5 known base-image ENV', () => {
  test('per family, PATH always', () => {
    assert.ok(knownEnvForImage('python:3.12-slim')?.includes('PYTHON_VERSION'));
    assert.ok(knownEnvForImage('node:22')?.includes('NODE_VERSION'));
    assert.ok(knownEnvForImage('golang:1.25')?.includes('GOPATH'));
    assert.ok(knownEnvForImage('eclipse-temurin:21-jre')?.includes('JAVA_HOME'));
    assert.ok(knownEnvForImage('mcr.microsoft.com/dotnet/aspnet:8.0')?.includes('APP_UID'));
    assert.equal(knownEnvForImage('ghcr.io/org/app'), undefined);
    assert.equal(isKnownBaseImageEnv('ghcr.io/org/app', 'PATH'), true);
    assert.equal(isKnownBaseImageEnv('ghcr.io/org/app', 'GOPATH'), false);
    assert.equal(isKnownBaseImageEnv('ruby:3.3', 'BUNDLE_APP_CONFIG'), true);
    assert.equal(isKnownBaseImageEnv('ruby:3.3', 'GEM_HOME'), true);
    assert.equal(isKnownBaseImageEnv('php:8.3-fpm', 'PHP_INI_DIR'), true);
    assert.equal(isKnownBaseImageEnv('python:3.12', 'NODE_VERSION'), false);
  });
});
