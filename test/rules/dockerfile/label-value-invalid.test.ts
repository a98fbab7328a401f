import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitsType } from '../../../server/src/rules/dockerfile/label-value-invalid';
import { ruleTester } from '../../support/rule-tester';

test('fitsType', () => {
  assert.equal(fitsType('url', 'https://github.com/acme/api'), true);
  assert.equal(fitsType('url', 'github.com/acme/api'), false);
  assert.equal(fitsType('rfc3339', '2026-11-23T10:00:00Z'), true);
  assert.equal(fitsType('rfc3339', '2026-11-23T10:00:00.123+01:00'), true);
  assert.equal(fitsType('rfc3339', '2026-11-23'), false);
  assert.equal(fitsType('spdx', 'MIT'), true);
  assert.equal(fitsType('spdx', '(MIT OR Apache-2.0) AND GPL-2.0-only WITH Classpath-exception-2.0'), true);
  assert.equal(fitsType('spdx', 'LicenseRef-acme'), true);
  assert.equal(fitsType('spdx', 'MIT License'), false);
  assert.equal(fitsType('hash', 'a1b2c3d'), true);
  assert.equal(fitsType('hash', 'A1B2C3D'), false);
  assert.equal(fitsType('hash', 'a1b2c3d4'), false);
  assert.equal(fitsType('semver', '1.2.3-rc.1+build.5'), true);
  assert.equal(fitsType('semver', '1.2'), false);
  assert.equal(fitsType('email', 'team@example.com'), true);
  assert.equal(fitsType('email', 'team at example'), false);
  assert.equal(fitsType('text', ' '), false);
});

const schema = {
  schema: {
    'org.opencontainers.image.source': 'url',
    'org.opencontainers.image.created': 'rfc3339',
    'org.opencontainers.image.licenses': 'spdx',
    'org.opencontainers.image.revision': 'hash',
    'org.opencontainers.image.version': 'semver',
    'org.opencontainers.image.authors': 'email',
    'org.opencontainers.image.title': 'text',
  },
};

ruleTester('label-value-invalid', {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.source=nonsense',
    {
      code:
        'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://x.io/a" org.opencontainers.image.created=$BUILD_DATE ' +
        'org.opencontainers.image.licenses=MIT org.opencontainers.image.version=1.0.0 other=""',
      options: schema,
    },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="github.com/acme/api"',
      options: schema,
      errors: [{ range: [1, 38, 1, 59], message: 'Label `org.opencontainers.image.source` should be an absolute URL, not `github.com/acme/api`.' }],
    },
    {
      name: 'every type, and an empty value',
      code:
        'FROM alpine:3.20\nLABEL org.opencontainers.image.created=yesterday \\\n' +
        '  org.opencontainers.image.licenses="MIT License" \\\n' +
        '  org.opencontainers.image.revision=HEAD \\\n' +
        '  org.opencontainers.image.version=v1 \\\n' +
        '  org.opencontainers.image.authors=team \\\n' +
        '  org.opencontainers.image.title=""',
      options: schema,
      errors: [
        { range: [1, 39, 1, 48], message: /an RFC 3339 timestamp/ },
        { range: [2, 36, 2, 49], message: /an SPDX licence identifier/ },
        { range: [3, 36, 3, 40], message: /a git commit hash/ },
        { range: [4, 35, 4, 37], message: /a semantic version/ },
        { range: [5, 35, 5, 39], message: /an email address/ },
        { range: [6, 2, 6, 35], message: 'Label `org.opencontainers.image.title` is empty.' },
      ],
    },
  ],
});
