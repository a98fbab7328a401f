import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ARCHITECTURE_WORDS, mayNameArchitecture } from '../../../server/src/rules/shared/platforms';

describe('mayNameArchitecture', () => {
  test('lets every architecture word through (it guards the ARCHITECTURE_WORD search)', () => {
    for (const word of ARCHITECTURE_WORDS) assert.equal(mayNameArchitecture(`curl -o app-${word}.tar.gz`), true, word);
  });
  test('rules out text without one', () => {
    assert.equal(mayNameArchitecture('apt-get install -y curl'), false);
  });
});
