import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  BUILT_IN_LIFECYCLE_DATA,
  LIFECYCLE_FAMILIES,
  endOfSupportInstant,
  findDeprecation,
  findLifecycleMatches,
  lookupImageLifecycle,
  lookupImageLifecycleByReference,
  normalizeImageName,
  parseImageReference,
  runtimeVariantFor,
} from '../../server/src/knowledge/dockerfile/base-images';

const NOW = new Date('2026-11-22T12:00:00Z');
const at = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

describe('normalizeImageName', () => {
  const table: [string, string][] = [
    ['node', 'node'],
    ['library/node', 'node'],
    ['docker.io/library/node', 'node'],
    ['index.docker.io/library/node', 'node'],
    ['public.ecr.aws/docker/library/python', 'python'],
    ['mirror.gcr.io/library/golang', 'golang'],
    ['docker.io/bitnami/redis', 'bitnami/redis'],
    ['ghcr.io/org/app', 'ghcr.io/org/app'],
    ['mcr.microsoft.com/dotnet/sdk', 'mcr.microsoft.com/dotnet/sdk'],
  ];
  for (const [ref, expected] of table) {
    test(`${ref} → ${expected}`, () => assert.equal(normalizeImageName(parseImageReference(ref)), expected));
  }
  test('accepts registry and name separately', () => {
    assert.equal(normalizeImageName({ registry: 'docker.io', name: 'library/debian' }), 'debian');
  });
});

describe('end-of-support dates', () => {
  test('a day-precision date ends the day after', () => {
    assert.equal(endOfSupportInstant('2024-06-30').toISOString(), '2024-07-01T00:00:00.000Z');
  });
  test('a month-precision date ends at the next month', () => {
    assert.equal(endOfSupportInstant('2026-02').toISOString(), '2026-03-01T00:00:00.000Z');
    assert.equal(endOfSupportInstant('2026-12').toISOString(), '2027-01-01T00:00:00.000Z');
  });
  test('every date in the table is well-formed and every family names its source', () => {
    for (const f of LIFECYCLE_FAMILIES) {
      assert.match(f.reviewed, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(f.source.length > 5, f.id);
      assert.ok(f.successor.length > 0, f.id);
      for (const c of f.cycles) if (c.eol) assert.ok(!Number.isNaN(endOfSupportInstant(c.eol).getTime()), `${f.id} ${c.cycle}`);
    }
  });
});

describe('lookupImageLifecycle', () => {
  const table: [string, Date, string, string | undefined][] = [
    // reference, now, status, eolDate
    ['centos:7', NOW, 'eol', '2024-06-30'],
    ['centos:centos7', NOW, 'eol', '2024-06-30'],
    ['centos:7', at('2024-06-30'), 'deprecated', undefined], // still supported on its last day, but the repo is deprecated
    ['node:16', NOW, 'eol', '2023-09-11'],
    ['node:16', at('2023-09-11'), 'supported', '2023-09-11'],
    ['node:16', at('2023-09-12'), 'eol', '2023-09-11'],
    ['node:gallium-alpine', NOW, 'eol', '2023-09-11'],
    ['node:22-bookworm-slim', NOW, 'supported', '2027-04-30'],
    ['node:lts', NOW, 'unknown', undefined],
    ['python:3.8', NOW, 'eol', '2024-10-07'],
    ['python:3.8.18-slim', at('2024-01-01'), 'supported', '2024-10-07'],
    ['python:3.12', NOW, 'supported', '2028-10-31'],
    ['python:3', NOW, 'unknown', undefined],
    ['python:2', NOW, 'eol', '2020-01-01'],
    ['python:3.4', NOW, 'eol', '2020-09-13'],
    ['docker.io/library/python:3.9-slim', NOW, 'eol', '2025-10-31'],
    ['public.ecr.aws/docker/library/python:3.9', NOW, 'eol', '2025-10-31'],
    ['debian:buster', NOW, 'eol', '2024-06-30'],
    ['debian:buster-slim', at('2024-06-01'), 'supported', '2024-06-30'],
    ['debian:10.13', NOW, 'eol', '2024-06-30'],
    ['debian:bookworm', NOW, 'supported', '2028-06-30'],
    ['debian:stable-slim', NOW, 'unknown', undefined],
    ['ubuntu:20.04', NOW, 'eol', '2025-05-31'],
    ['ubuntu:jammy-20240111', NOW, 'supported', '2027-04-01'],
    ['ubuntu:14.04', NOW, 'eol', '2019-04-02'],
    ['ubuntu:12.04', NOW, 'eol', '2019-04-02'],
    ['alpine:3.18', NOW, 'eol', '2025-05-09'],
    ['alpine:3.12.1', NOW, 'eol', '2022-11-01'],
    ['alpine:3.23', NOW, 'supported', '2027-11-01'],
    ['alpine:3', NOW, 'unknown', undefined],
    ['golang:1.21-alpine3.19', NOW, 'eol', '2024-08-13'],
    ['golang:1.18', NOW, 'eol', '2024-02-06'],
    ['golang:1.24', at('2026-02-27'), 'supported', '2026-02'],
    ['golang:1.24', at('2026-03-01'), 'eol', '2026-02'],
    ['golang:1.26', NOW, 'supported', undefined],
    ['php:8.1-fpm', NOW, 'eol', '2025-12-31'],
    ['php:7.2-apache', NOW, 'eol', '2022-11-28'],
    ['ruby:3.1-slim', NOW, 'eol', '2025-03-31'],
    ['amazonlinux:2018.03', NOW, 'eol', '2023-12-31'],
    ['amazonlinux:2', NOW, 'eol', '2026-06-30'],
    ['amazonlinux:2023', NOW, 'supported', '2029-06-30'],
    ['mcr.microsoft.com/dotnet/aspnet:6.0', NOW, 'eol', '2024-11-12'],
    ['mcr.microsoft.com/dotnet/sdk:8.0.404-bookworm-slim', at('2026-01-01'), 'supported', '2026-11-10'],
    ['mcr.microsoft.com/dotnet/sdk:10.0', NOW, 'supported', '2028-11-14'],
    ['mcr.microsoft.com/dotnet/sdk:8.0', at('2026-11-11'), 'eol', '2026-11-10'],
    ['eclipse-temurin:22-jdk', NOW, 'eol', '2024-09-17'],
    ['eclipse-temurin:21-jre', NOW, 'unknown', undefined],
    ['ibm-semeru-runtimes:open-23-jdk', NOW, 'eol', '2025-03-18'],
    ['quay.io/centos/centos:stream8', NOW, 'eol', '2024-05-31'],
    ['quay.io/centos/centos:stream9', NOW, 'supported', '2027-05-31'],
    ['openjdk:17', NOW, 'deprecated', undefined],
    ['openjdk:17-jdk-slim-buster', NOW, 'eol', '2024-06-30'],
    ['openjdk:26-ea-jdk', NOW, 'unknown', undefined],
    ['nginx', NOW, 'unknown', undefined],
    ['ghcr.io/org/app:1.0', NOW, 'unknown', undefined],
  ];
  for (const [ref, now, status, eolDate] of table) {
    test(`${ref} at ${now.toISOString().slice(0, 10)} → ${status}`, () => {
      const r = lookupImageLifecycleByReference(ref, now);
      assert.equal(r.status, status, r.message);
      assert.equal(r.eolDate, eolDate);
      assert.ok(r.message.length > 10);
    });
  }

  test('several version signals: the earliest ended one wins and is named', () => {
    // Python 3.8 ended 2024-10-07, Debian 10 on 2024-06-30.
    const r = lookupImageLifecycleByReference('python:3.8-slim-buster', NOW);
    assert.equal(r.status, 'eol');
    assert.equal(r.eolDate, '2024-06-30');
    assert.equal(r.decisive?.family.id, 'debian');
    assert.deepEqual(r.matches.map((m) => `${m.family.id} ${m.cycle.cycle}`).sort(), ['debian 10', 'python 3.8']);
    assert.match(r.message, /Debian 10/);
    assert.match(r.message, /trixie/);
  });

  test('node:16-alpine3.15 is checked as Node 16 and Alpine 3.15 with tag offsets', () => {
    const matches = findLifecycleMatches({ name: 'node', tag: '16-alpine3.15' }, NOW);
    const byFamily = new Map(matches.map((m) => [m.family.id, m]));
    assert.deepEqual(byFamily.get('node')?.tagSpan, { start: 0, end: 2 });
    assert.deepEqual(byFamily.get('alpine')?.tagSpan, { start: 3, end: 13 });
    const r = lookupImageLifecycle({ name: 'node', tag: '16-alpine3.15' }, NOW);
    assert.equal(r.eolDate, '2023-09-11'); // Node 16 ended before Alpine 3.15's 2023-11-01
  });

  test('centos:7 is both end-of-life and deprecated', () => {
    const r = lookupImageLifecycleByReference('centos:7', NOW);
    assert.equal(r.status, 'eol');
    assert.equal(r.deprecation?.rule.id, 'centos');
    assert.match(r.replacement ?? '', /stream9/);
  });

  test('untagged and digest-only references have no version signal', () => {
    assert.equal(lookupImageLifecycleByReference('python', NOW).status, 'unknown');
    assert.equal(lookupImageLifecycleByReference(`python@sha256:${'b'.repeat(64)}`, NOW).status, 'unknown');
  });

  test('the successor tag is offered for a quick fix', () => {
    const r = lookupImageLifecycleByReference('python:3.7-slim', NOW);
    assert.equal(r.replacementTag, '3.13');
    assert.match(r.message, /Python 3\.7 reached end of support on 2023-06-27/);
  });
});

describe('findDeprecation', () => {
  const table: [string, string | undefined, string | undefined][] = [
    ['openjdk:17', 'openjdk', undefined],
    ['openjdk', 'openjdk', undefined],
    ['openjdk:24-ea-jdk', undefined, undefined],
    ['java:8', 'java', undefined],
    ['adoptopenjdk/openjdk11:alpine', 'adoptopenjdk', undefined],
    ['centos:8', 'centos', undefined],
    ['quay.io/centos/centos:stream9', undefined, undefined],
    ['mcr.microsoft.com/dotnet/core/sdk:3.1', 'dotnet-core-repositories', 'mcr.microsoft.com/dotnet/sdk'],
    ['mcr.microsoft.com/dotnet/core/aspnet:3.1', 'dotnet-core-repositories', 'mcr.microsoft.com/dotnet/aspnet'],
    ['microsoft/aspnetcore-build:2.0', 'microsoft-dotnet-hub', undefined],
    ['node:8-onbuild', 'onbuild-tags', undefined],
    ['python:onbuild', 'onbuild-tags', undefined],
    ['myorg/app:onbuild', undefined, undefined],
    ['bitnami/redis:7.2', 'bitnami-versioned', undefined],
    ['bitnami/redis:latest', undefined, undefined],
    ['eclipse-temurin:21', undefined, undefined],
  ];
  for (const [ref, id, replacement] of table) {
    test(`${ref} → ${id ?? 'not deprecated'}`, () => {
      const d = findDeprecation(parseImageReference(ref));
      assert.equal(d?.rule.id, id);
      if (replacement) assert.equal(d?.replacement, replacement);
      if (d) assert.match(d.message, /Use .+ instead\./);
    });
  }
});

describe('runtimeVariantFor', () => {
  const table: [string, string | undefined, string | undefined, boolean?][] = [
    // name, tag, suggested reference (undefined = none), fixable
    ['eclipse-temurin', '21-jdk', 'eclipse-temurin:21-jre', true],
    ['eclipse-temurin', '21-jdk-alpine', 'eclipse-temurin:21-jre-alpine', true],
    ['eclipse-temurin', '21.0.2_13-jdk-jammy', 'eclipse-temurin:21.0.2_13-jre-jammy', true],
    ['eclipse-temurin', '21', 'eclipse-temurin:21-jre', true],
    ['eclipse-temurin', '21-alpine', 'eclipse-temurin:21-jre-alpine', true],
    ['eclipse-temurin', '21-jre', undefined],
    ['eclipse-temurin', undefined, 'eclipse-temurin', false],
    ['ibm-semeru-runtimes', 'open-17-jdk-jammy', 'ibm-semeru-runtimes:open-17-jre-jammy', true],
    ['sapmachine', '21-jdk-ubuntu-jammy', 'sapmachine:21-jre-ubuntu-jammy', true],
    ['bellsoft/liberica-openjdk-alpine', '21', 'bellsoft/liberica-openjre-alpine:21', true],
    ['maven', '3.9-eclipse-temurin-21', 'eclipse-temurin:21-jre', true],
    ['gradle', '8.10-jdk21', 'eclipse-temurin:21-jre', true],
    ['maven', '3.9', 'eclipse-temurin', false],
    ['python', '3.12', 'python:3.12-slim', true],
    ['python', '3.12-bookworm', 'python:3.12-slim-bookworm', true],
    ['python', '3.12-slim', undefined],
    ['python', '3.12-alpine', undefined],
    ['docker.io/library/python', '3.11.9', 'python:3.11.9-slim', true],
    ['node', '22', 'node:22-slim', true],
    ['node', '22-bookworm', 'node:22-bookworm-slim', true],
    ['node', 'iron', 'node:iron-slim', true],
    ['node', '22-alpine', undefined],
    ['node', '22-bookworm-slim', undefined],
    ['ruby', '3.3', 'ruby:3.3-slim', true],
    ['mcr.microsoft.com/dotnet/sdk', '8.0', 'mcr.microsoft.com/dotnet/aspnet:8.0', true],
    ['mcr.microsoft.com/dotnet/sdk', '8.0.404-bookworm-slim', 'mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim', true],
    ['golang', '1.25', 'gcr.io/distroless/static-debian12:nonroot', false],
    ['rust', '1.90', 'gcr.io/distroless/cc-debian12:nonroot', false],
    ['nginx', '1.27', undefined],
  ];
  for (const [name, tag, expected, fixable] of table) {
    test(`${name}:${tag ?? ''} → ${expected ?? 'none'}`, () => {
      const v = runtimeVariantFor(name, tag);
      assert.equal(v?.reference, expected);
      if (expected !== undefined) {
        assert.equal(v?.fixable, fixable);
        assert.ok((v?.message.length ?? 0) > 20);
      }
    });
  }
});

describe('custom lifecycle data', () => {
  test('extra families passed in are used, before the built-in ones', () => {
    const custom = {
      families: [
        {
          id: 'acme-base',
          label: 'ACME base',
          images: ['registry.acme.test/base'],
          minorCycles: false,
          cycles: [{ cycle: '4', eol: '2026-01-31' }],
          successor: 'ACME base 5',
          source: 'internal wiki',
          reviewed: '2026-11-01',
        },
        ...BUILT_IN_LIFECYCLE_DATA.families,
      ],
      deprecated: BUILT_IN_LIFECYCLE_DATA.deprecated,
    };
    const r = lookupImageLifecycleByReference('registry.acme.test/base:4.2', NOW, custom);
    assert.equal(r.status, 'eol');
    assert.equal(r.eolDate, '2026-01-31');
    assert.equal(lookupImageLifecycleByReference('registry.acme.test/base:4.2', NOW).status, 'unknown');
    assert.equal(lookupImageLifecycleByReference('node:16', NOW, custom).status, 'eol');
  });
});
