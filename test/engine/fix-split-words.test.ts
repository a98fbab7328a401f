/**
 * No Dockerfile fix edits inside a word split by an escaped line break (engine/fix-split-words.ts): rules place a
 * part of a word by its place in the word's value, which is elsewhere in the text when the word is split. Each case
 * was found by putting `\` and a comment line inside every word of every rule example; before, the fix wrote into
 * the comment line or merged the lines.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes } from '../../server/src/engine/fixes';
import { findingsOf } from '../support/fix-by-title';

const findings = (text: string) => findingsOf(text, 'dockerfile');

const SPLIT: { rule: string; text: string }[] = [
  // The tag fix wrote `3.23` into the comment line (`# c3.23e:3.20`).
  { rule: 'base-image-end-of-life', text: 'FROM al\\\n# c\npine:3.20\nRUN apk add --no-cache curl\n' },
  // `-slim` went into the comment, and every fix-all added it again.
  { rule: 'final-stage-full-language-image', text: 'FROM n\\\n# c\node:20\nRUN npm ci\n' },
  { rule: 'final-stage-jdk-image', text: 'FROM maven:3.9-eclipse-temurin-21 AS build\nRUN mvn -q package\n\nFROM eclipse-tem\\\n# c\nurin:21-jdk\nCOPY --from=build /target/app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n' },
  // The protocol was written before the line break, and the `0/TCP` line stayed.
  { rule: 'expose-protocol-casing', text: 'FROM nginx:1.27\nEXPOSE 8\\\n# c\n0/TCP\n' },
  // Removing `k` from `-\` `kfsSL` dropped the escape and left `kfsSL` as an instruction.
  { rule: 'curl-wget-insecure', text: 'FROM debian:bookworm-slim\nRUN curl -\\\n# c\nkfsSL https://example.com/install.sh -o /tmp/install.sh\n' },
];

for (const c of SPLIT) {
  test(`${c.rule}: still reported in a split word, without a fix`, () => {
    const found = findings(c.text).filter((f) => f.rule === c.rule);
    assert.ok(found.length > 0, `${c.rule} not reported`);
    for (const f of found) assert.deepEqual(f.fixes, []);
    // The same file with the word whole gets its fix.
    const whole = c.text.replace('\\\n# c\n', '');
    assert.ok(findings(whole).some((f) => f.rule === c.rule && f.fixes.length > 0), `${c.rule} offers no fix on the whole word either`);
  });
}

test('a fix that adds text after a split word, or edits other words, is still offered', () => {
  // `cu\` `rl` is the word `curl`: the cleanup goes after it.
  const text = 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends cu\\\nrl\n';
  const finding = findings(text).find((f) => f.rule === 'apt-lists-not-cleaned');
  assert.ok(finding && finding.fixes.length > 0, 'no fix');
  assert.equal(
    applyFixes(text, [finding], {}).text,
    'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends cu\\\nrl && rm -rf /var/lib/apt/lists/*\n',
  );
  // The tag of another FROM, not split, keeps its fix.
  const two = 'FROM al\\\npine:3.20 AS a\nFROM alpine:3.20\n';
  const fixes = findings(two).filter((f) => f.rule === 'base-image-end-of-life').map((f) => f.fixes.length);
  assert.deepEqual(fixes, [0, 1]);
});
