import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  FLAGS,
  MOUNT_TYPES,
  ALL_MOUNT_OPTION_KEYS,
  flagNeedsValue,
  flagsFor,
  getFlagDoc,
  getMountOption,
  getMountTypeDoc,
  canonicalMountOptionName,
} from '../../server/src/knowledge/dockerfile/flags';
import { frontendFeatureForFlag, minFrontendVersion } from '../../server/src/knowledge/dockerfile/shared-lists';

const EXPECTED: Record<string, string[]> = {
  FROM: ['platform'],
  RUN: ['mount', 'network', 'security', 'device'],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  ADD: ['chown', 'chmod', 'link', 'checksum', 'keep-git-dir', 'unpack', 'exclude'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

describe('flag docs', () => {
  for (const [instruction, names] of Object.entries(EXPECTED)) {
    test(`${instruction} accepts exactly ${names.join(', ')}`, () => {
      assert.deepEqual(flagsFor(instruction).map((f) => f.name).sort(), [...names].sort());
      for (const name of names) {
        const doc = getFlagDoc(instruction, name);
        assert.ok(doc, `${instruction} --${name}`);
        assert.ok(doc.summary.endsWith('.'), `${instruction} --${name} summary`);
        assert.ok(doc.details.length > 20, `${instruction} --${name} details`);
      }
    });
  }

  test('instructions without flags have none', () => {
    for (const i of ['CMD', 'ENV', 'ARG', 'USER', 'WORKDIR', 'ONBUILD']) assert.deepEqual(flagsFor(i), []);
  });

  test('lookup ignores case and leading dashes; unknown flags are undefined', () => {
    assert.equal(getFlagDoc('copy', '--FROM')?.name, 'from');
    assert.equal(getFlagDoc('Add', 'checksum')?.valueKind, 'string');
    assert.equal(getFlagDoc('COPY', 'checksum'), undefined);
    assert.equal(getFlagDoc('COPY', 'chwon'), undefined);
    assert.equal(getFlagDoc('FROM', 'plaform'), undefined);
  });

  test('value kinds and enums', () => {
    assert.deepEqual(getFlagDoc('RUN', 'network')?.values, ['default', 'none', 'host']);
    assert.deepEqual(getFlagDoc('RUN', 'security')?.values, ['sandbox', 'insecure']);
    assert.equal(getFlagDoc('RUN', 'mount')?.valueKind, 'mount');
    assert.equal(getFlagDoc('FROM', 'platform')?.valueKind, 'platform');
    for (const b of ['link', 'parents']) assert.equal(getFlagDoc('COPY', b)?.valueKind, 'boolean');
    assert.equal(getFlagDoc('ADD', 'keep-git-dir')?.valueKind, 'boolean');
    for (const d of ['interval', 'timeout', 'start-period', 'start-interval']) {
      assert.equal(getFlagDoc('HEALTHCHECK', d)?.valueKind, 'duration');
    }
    assert.equal(getFlagDoc('HEALTHCHECK', 'retries')?.valueKind, 'integer');
  });

  test('which flags must be written with a value: every flag but the boolean ones, whose value may be left out', () => {
    assert.equal(flagNeedsValue('COPY', 'from'), true);
    assert.equal(flagNeedsValue('RUN', '--mount'), true);
    assert.equal(flagNeedsValue('HEALTHCHECK', 'retries'), true);
    assert.equal(flagNeedsValue('COPY', 'link'), false);
    assert.equal(flagNeedsValue('ADD', 'keep-git-dir'), false);
    assert.equal(flagNeedsValue('COPY', 'nope'), false);
    for (const f of FLAGS) assert.equal(flagNeedsValue(f.instruction, f.name), f.valueKind !== 'boolean', `${f.instruction} --${f.name}`);
  });

  test('only --mount, --exclude and --device repeat', () => {
    const repeatable = FLAGS.filter((f) => f.repeatable).map((f) => `${f.instruction} ${f.name}`).sort();
    assert.deepEqual(repeatable, ['ADD exclude', 'COPY exclude', 'RUN device', 'RUN mount']);
  });

  test('minimum frontend versions agree with the B2 table', () => {
    assert.equal(getFlagDoc('RUN', 'device')?.labsOnly, true);
    for (const flag of FLAGS.filter((f) => f.minFrontend !== undefined)) {
      const feature = frontendFeatureForFlag(flag.instruction, flag.name);
      assert.ok(feature, `no B2 feature for ${flag.instruction} --${flag.name}`);
      const req = minFrontendVersion(feature);
      const expected = flag.labsOnly ? `${req.labs}-labs` : req.stable;
      assert.equal(flag.minFrontend, expected, `${flag.instruction} --${flag.name}`);
    }
    assert.equal(getFlagDoc('COPY', 'link')?.minFrontend, '1.4');
    assert.equal(getFlagDoc('ADD', 'checksum')?.minFrontend, '1.6');
    assert.equal(getFlagDoc('COPY', 'exclude')?.minFrontend, '1.19');
    assert.equal(getFlagDoc('COPY', 'parents')?.minFrontend, '1.20');
    assert.equal(getFlagDoc('RUN', 'security')?.minFrontend, '1.20');
  });
});

describe('RUN --mount types', () => {
  test('the five types are documented', () => {
    assert.deepEqual(MOUNT_TYPES.map((m) => m.type), ['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
    assert.equal(getMountTypeDoc('CACHE')?.type, 'cache');
    assert.equal(getMountTypeDoc('volume'), undefined);
  });

  const table: [string, string, string | undefined][] = [
    ['bind', 'target', 'target'],
    ['bind', 'dst', 'target'],
    ['bind', 'destination', 'target'],
    ['bind', 'src', 'source'],
    ['bind', 'from', 'from'],
    ['bind', 'rw', 'readwrite'],
    ['bind', 'readwrite', 'readwrite'],
    ['bind', 'size', undefined],
    ['bind', 'mode', undefined],
    ['cache', 'id', 'id'],
    ['cache', 'sharing', 'sharing'],
    ['cache', 'ro', 'readonly'],
    ['cache', 'mode', 'mode'],
    ['cache', 'uid', 'uid'],
    ['cache', 'gid', 'gid'],
    ['cache', 'size', undefined],
    ['cache', 'required', undefined],
    ['tmpfs', 'size', 'size'],
    ['tmpfs', 'target', 'target'],
    ['tmpfs', 'sharing', undefined],
    ['secret', 'id', 'id'],
    ['secret', 'env', 'env'],
    ['secret', 'required', 'required'],
    ['secret', 'from', undefined],
    ['secret', 'sharing', undefined],
    ['ssh', 'id', 'id'],
    ['ssh', 'required', 'required'],
    ['ssh', 'mode', 'mode'],
    ['ssh', 'env', undefined],
  ];
  for (const [type, key, expected] of table) {
    test(`${type} mount: ${key} → ${expected ?? 'not accepted'}`, () => {
      assert.equal(getMountOption(type, key)?.name, expected);
    });
  }

  test('sharing enum, required targets and option keys', () => {
    assert.deepEqual(getMountOption('cache', 'sharing')?.values, ['shared', 'private', 'locked']);
    assert.deepEqual(getMountTypeDoc('bind')?.requiresOneOf, ['target']);
    assert.deepEqual(getMountTypeDoc('ssh')?.requiresOneOf, []);
    assert.ok(getMountTypeDoc('secret')?.requiresOneOf.includes('id'));
    for (const k of ['type', 'target', 'dst', 'destination', 'source', 'src', 'from', 'ro', 'readonly', 'rw', 'readwrite', 'id', 'sharing', 'mode', 'uid', 'gid', 'required', 'size', 'env']) {
      assert.ok(ALL_MOUNT_OPTION_KEYS.includes(k), k);
    }
    assert.equal(ALL_MOUNT_OPTION_KEYS.includes('shared'), false);
    assert.equal(canonicalMountOptionName('DST'), 'target');
    assert.equal(canonicalMountOptionName('mount'), undefined);
  });

  test('ignored options are real options of some type', () => {
    for (const m of MOUNT_TYPES) {
      for (const o of m.ignoredOptions) assert.equal(canonicalMountOptionName(o), o, `${m.type} ${o}`);
    }
  });
});
