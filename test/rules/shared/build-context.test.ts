import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { memoryFileSystem } from '../../../server/src/engine/fs';
import { buildContextOf, contextRelative, isGitIgnored, matchSource } from '../../../server/src/rules/shared/build-context';

describe('build context', () => {
  test('contextRelative cleans paths and refuses to climb out', () => {
    assert.equal(contextRelative('./a/../b/'), 'b');
    assert.equal(contextRelative('/etc/x'), 'etc/x');
    assert.equal(contextRelative('.'), '');
    assert.equal(contextRelative('../x'), undefined);
    assert.equal(contextRelative('a/../../x'), undefined);
  });
  test('no context for untitled buffers or folders the file system cannot show', () => {
    assert.equal(buildContextOf(memoryFileSystem({ '/w/Dockerfile': '' }), ''), undefined);
    assert.equal(buildContextOf(memoryFileSystem({}), '/w/Dockerfile'), undefined);
  });
  test('matchSource expands wildcards per segment and drops ignored paths', () => {
    const fs = memoryFileSystem({
      '/w/Dockerfile': '',
      '/w/.dockerignore': 'src/*.test.js',
      '/w/src/a.js': '',
      '/w/src/a.test.js': '',
      '/w/pkg/one/go.mod': '',
      '/w/pkg/two/go.mod': '',
    });
    const ctx = buildContextOf(fs, '/w/Dockerfile');
    assert.ok(ctx);
    assert.deepEqual(matchSource(ctx, 'src/*.js'), ['src/a.js']);
    assert.deepEqual(matchSource(ctx, 'pkg/*/go.mod'), ['pkg/one/go.mod', 'pkg/two/go.mod']);
    assert.deepEqual(matchSource(ctx, 'src/a.js'), ['src/a.js']);
    assert.deepEqual(matchSource(ctx, 'src/a.test.js'), []);
    assert.deepEqual(matchSource(ctx, 'nope/*'), []);
  });
  test('isGitIgnored: unanchored names match at any depth, anchored ones from the root, ! re-includes', () => {
    const fs = memoryFileSystem({ '/w/Dockerfile': '', '/w/.gitignore': '*.log\n/gen/\ntmp/\n!keep.log\nbuild/out\n' });
    const ctx = buildContextOf(fs, '/w/Dockerfile');
    assert.ok(ctx);
    assert.equal(isGitIgnored(ctx, 'a/b/x.log'), true);
    assert.equal(isGitIgnored(ctx, 'keep.log'), false);
    assert.equal(isGitIgnored(ctx, 'gen/x.py'), true);
    assert.equal(isGitIgnored(ctx, 'src/gen/x.py'), false, 'a leading slash anchors');
    assert.equal(isGitIgnored(ctx, 'src/tmp/x'), true, 'a trailing slash alone does not anchor');
    assert.equal(isGitIgnored(ctx, 'build/out/x'), true);
    assert.equal(isGitIgnored(ctx, 'src/app.py'), false);
  });
});
