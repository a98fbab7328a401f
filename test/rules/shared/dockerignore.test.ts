import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { memoryFileSystem } from '../../../server/src/engine/fs';
import { decidingPattern, isIgnored, loadDockerignore, parseDockerignore, patternRegex } from '../../../server/src/rules/shared/dockerignore';

const ignored = (ignoreText: string, path: string) => isIgnored(path, parseDockerignore(ignoreText));

describe('dockerignore matcher', () => {
  test('plain names match the path and everything under it', () => {
    assert.equal(ignored('node_modules', 'node_modules'), true);
    assert.equal(ignored('node_modules', 'node_modules/x/y.js'), true);
    assert.equal(ignored('node_modules', 'src/node_modules'), false, 'no implicit ** as in .gitignore');
  });
  test('* and ? never cross a folder', () => {
    assert.equal(ignored('*.md', 'README.md'), true);
    assert.equal(ignored('*.md', 'docs/README.md'), false);
    assert.equal(ignored('*/*.md', 'docs/README.md'), true);
    assert.equal(ignored('file?.txt', 'file1.txt'), true);
    assert.equal(ignored('file?.txt', 'file10.txt'), false);
  });
  test('** matches any number of folders, zero included', () => {
    assert.equal(ignored('**/*.go', 'main.go'), true);
    assert.equal(ignored('**/*.go', 'a/b/c.go'), true);
    assert.equal(ignored('a/**/z', 'a/z'), true);
    assert.equal(ignored('a/**/z', 'a/b/c/z'), true);
    assert.equal(ignored('build/**', 'build/x/y'), true);
  });
  test('character classes, negated classes and escapes', () => {
    assert.equal(ignored('log[0-9].txt', 'log5.txt'), true);
    assert.equal(ignored('log[^0-9].txt', 'log5.txt'), false);
    assert.equal(ignored('log[^0-9].txt', 'logx.txt'), true);
    assert.equal(ignored('\\*.txt', '*.txt'), true);
    assert.equal(ignored('\\*.txt', 'a.txt'), false);
    assert.equal(patternRegex('[]a]'), undefined, 'Go rejects an empty class');
    assert.equal(patternRegex('abc\\'), undefined, 'trailing backslash is malformed');
  });
  test('paths are cleaned: leading slash, ./ and .. segments', () => {
    assert.equal(ignored('/dist', 'dist/app.js'), true);
    assert.equal(ignored('./dist/', 'dist'), true);
    assert.equal(ignored('a/../b', 'b'), true);
  });
  test('! exceptions re-include; the last match wins', () => {
    const text = '*.md\n!README.md\n';
    assert.equal(ignored(text, 'CHANGES.md'), true);
    assert.equal(ignored(text, 'README.md'), false);
    assert.equal(ignored('!README.md\n*.md', 'README.md'), true);
    assert.equal(decidingPattern('README.md', parseDockerignore(text))?.text, '!README.md');
  });
  test('comments and blank lines are skipped, CRLF tolerated', () => {
    const patterns = parseDockerignore('# comment\r\n\r\n  .git  \r\n');
    assert.deepEqual(patterns.map((p) => [p.text, p.line]), [['.git', 2]]);
  });
  test('loads <Dockerfile>.dockerignore before .dockerignore', () => {
    const fs = memoryFileSystem({
      '/w/app.Dockerfile': 'FROM a',
      '/w/app.Dockerfile.dockerignore': 'x',
      '/w/.dockerignore': 'y',
    });
    assert.equal(loadDockerignore(fs, '/w/app.Dockerfile')?.path, '/w/app.Dockerfile.dockerignore');
    assert.equal(loadDockerignore(fs, '/w/Dockerfile')?.path, '/w/.dockerignore');
    assert.equal(loadDockerignore(memoryFileSystem({ '/w/Dockerfile': '' }), '/w/Dockerfile'), undefined);
    assert.equal(loadDockerignore(fs, '/w/Dockerfile')?.hasNegation, false);
  });
});
