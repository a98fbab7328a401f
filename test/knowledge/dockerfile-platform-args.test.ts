import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  PLATFORM_ARGS,
  PREDEFINED_ARGS,
  getPredefinedArg,
  isPlatformArg,
  isProxyArg,
} from '../../server/src/knowledge/dockerfile/platform-args';

const PLATFORM = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'];
const PROXY = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];
const BUILDKIT = ['BUILDKIT_INLINE_CACHE', 'BUILDKIT_SYNTAX', 'BUILDKIT_CONTEXT_KEEP_GIT_DIR', 'BUILDKIT_MULTI_PLATFORM', 'BUILDKIT_SANDBOX_HOSTNAME', 'SOURCE_DATE_EPOCH'];

describe('predefined ARGs', () => {
  test('every required name is documented once', () => {
    const names = PREDEFINED_ARGS.map((a) => a.name);
    assert.equal(new Set(names).size, names.length);
    for (const n of [...PLATFORM, ...PROXY, ...BUILDKIT]) {
      const doc = getPredefinedArg(n);
      assert.ok(doc, n);
      assert.ok(doc.summary.endsWith('.'), n);
      assert.ok(doc.details.length > 20, n);
    }
    assert.deepEqual(PLATFORM_ARGS.map((a) => a.name), PLATFORM);
  });

  test('platform ARGs need a declaration in the stage and say so', () => {
    for (const n of PLATFORM) {
      const doc = getPredefinedArg(n);
      assert.equal(doc?.needsDeclarationInStage, true, n);
      assert.equal(doc?.category, 'platform');
      assert.match(doc?.details ?? '', new RegExp(`ARG ${n}`));
      assert.match(doc?.details ?? '', /global scope/);
    }
    for (const n of [...PROXY, ...BUILDKIT]) assert.equal(getPredefinedArg(n)?.needsDeclarationInStage, false, n);
  });

  test('examples for a linux/amd64,linux/arm64 build on an amd64 machine', () => {
    const ex = (n: string) => getPredefinedArg(n)?.examples;
    assert.deepEqual(ex('TARGETPLATFORM'), { 'linux/amd64': 'linux/amd64', 'linux/arm64': 'linux/arm64' });
    assert.deepEqual(ex('TARGETARCH'), { 'linux/amd64': 'amd64', 'linux/arm64': 'arm64' });
    assert.deepEqual(ex('TARGETOS'), { 'linux/amd64': 'linux', 'linux/arm64': 'linux' });
    assert.deepEqual(ex('TARGETVARIANT'), { 'linux/amd64': '', 'linux/arm64': '' });
    // The build platform does not change with the target.
    assert.deepEqual(ex('BUILDPLATFORM'), { 'linux/amd64': 'linux/amd64', 'linux/arm64': 'linux/amd64' });
    assert.deepEqual(ex('BUILDARCH'), { 'linux/amd64': 'amd64', 'linux/arm64': 'amd64' });
  });

  test('lookup is exact; proxy names match in any case', () => {
    assert.equal(getPredefinedArg('targetarch'), undefined);
    assert.equal(getPredefinedArg('Http_Proxy'), undefined);
    assert.equal(isProxyArg('Http_Proxy'), true);
    assert.equal(isProxyArg('no_proxy'), true);
    assert.equal(isProxyArg('PROXY'), false);
    assert.equal(isPlatformArg('TARGETARCH'), true);
    assert.equal(isPlatformArg('TARGETSTAGE'), false);
    assert.equal(isPlatformArg('HTTP_PROXY'), false);
  });
});
