/**
 * Fixes on the rule examples placed in surroundings real files have and the examples lack: a comment line inside a
 * multi-line instruction (the builder drops it; people explain long RUNs that way), CRLF line breaks, a lone `\r`
 * after a Compose key's colon (old Mac line breaks, which `yaml` reads into the value), a Compose value written as a
 * double-quoted scalar broken over two lines, and a Compose file written as JSON (flow mappings, where no block line
 * can go). Every fix must keep the
 * comment and the file's line breaks, and every fix must keep the invariants of ./invariants.ts. Found with a scratch harness of the eighteenth campaign
 * (docs/performance.md); each variant is deterministic.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { applyFixes } from '../../server/src/engine/fixes';
import { lint } from '../../server/src/engine/lint';
import { checkDocument, describeViolations, lintOptions } from './invariants';
import { ruleExamples } from './inputs';

const NOTE = '# keep this note';

/** The text with an escaped line break and a comment line in place of each blank between two words of an instruction. */
function withInnerComments(text: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < text.length - 1; i++) {
    if (text[i] !== ' ' || /\s/.test(text[i - 1]!) || /\s/.test(text[i + 1]!)) continue;
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    if (/^\s*#/.test(text.slice(lineStart, i))) continue;
    out.push(`${text.slice(0, i)} \\\n${NOTE}\n    ${text.slice(i + 1)}`);
  }
  return out;
}

const count = (text: string) => text.split(NOTE).length - 1;

describe('robustness: fixes in the surroundings of real files', () => {
  test('a comment line inside a Dockerfile instruction survives every fix', () => {
    const variants = ruleExamples()
      .filter((e) => e.kind === 'dockerfile')
      .flatMap((e) => withInnerComments(e.text));
    assert.ok(variants.length > 1000, `only ${variants.length} variants`);
    let fixes = 0;
    variants.forEach((text, i) => {
      const { findings } = lint(text, lintOptions('dockerfile'));
      for (const finding of findings) {
        for (const fix of finding.fixes) {
          if (fix.edits.length === 0) continue;
          fixes++;
          const fixed = applyFixes(text, [{ ...finding, fixes: [fix] }], { unsafe: true }).text;
          assert.equal(count(fixed), count(text), `fix "${fix.title}" of ${finding.rule} dropped the comment line: ${JSON.stringify(text)} → ${JSON.stringify(fixed)}`);
        }
      }
      // The costlier whole check (every fix re-linted, fix-all twice) on a share of them.
      if (i % 4 === 0) {
        const violations = checkDocument(text, 'dockerfile', { fixes: true, budgetMs: 3000 });
        assert.equal(violations.length, 0, describeViolations(violations, text));
      }
    });
    assert.ok(fixes > 1000, `only ${fixes} fixes checked`);
  });

  test('in a CRLF file no fix writes a line that ends in a bare \\n', () => {
    let fixes = 0;
    for (const example of ruleExamples()) {
      const text = example.text.replace(/\n/g, '\r\n');
      for (const finding of lint(text, lintOptions(example.kind)).findings) {
        for (const fix of finding.fixes) {
          for (const edit of fix.edits) {
            fixes++;
            assert.ok(!/(^|[^\r])\n/.test(edit.newText), `fix "${fix.title}" of ${finding.rule} writes a bare \\n: ${JSON.stringify(edit.newText)} in ${JSON.stringify(text)}`);
          }
        }
      }
    }
    assert.ok(fixes > 300, `only ${fixes} edits checked`);
  });

  test('a lone \\r after a Compose key\'s colon: every fix keeps every invariant', () => {
    expectCleanComposeVariants(300, (text) => {
      const out: string[] = [];
      for (let i = text.indexOf(': '); i >= 0; i = text.indexOf(': ', i + 1)) out.push(`${text.slice(0, i + 1)}\r${text.slice(i + 1)}`);
      return out;
    });
  });

  test('a Compose file written as JSON: every fix keeps every invariant', () => {
    expectCleanComposeVariants(300, (text) => {
      let value: unknown;
      try {
        value = parse(text, { logLevel: 'silent' });
      } catch {
        return [];
      }
      return [`${JSON.stringify(value, null, 2)}\n`, `${JSON.stringify(value)}\n`];
    });
  });

  test('a Compose value broken over two lines inside double quotes: every fix keeps every invariant', () => {
    // `key: value` with a plain value of four characters or more becomes `key: "val\` and `    ue"`, the same value.
    expectCleanComposeVariants(200, (text) =>
      [...text.matchAll(/^( *)([^\s:#][^:\n]*): ([A-Za-z0-9][^\s"'#]{3,})$/gm)].map(([line, indent, key, value]) => {
        const cut = Math.floor(value!.length / 2);
        return text.replace(line, `${indent}${key}: "${value!.slice(0, cut)}\\\n${indent}  ${value!.slice(cut)}"`);
      }),
    );
  });
});

/** Every variant `rewrite` makes of each Compose rule example keeps every invariant, every fix checked. */
function expectCleanComposeVariants(atLeast: number, rewrite: (text: string) => string[]): void {
  let variants = 0;
  for (const { text } of ruleExamples().filter((e) => e.kind === 'compose')) {
    for (const variant of rewrite(text)) {
      variants++;
      const violations = checkDocument(variant, 'compose', { fixes: true, budgetMs: 3000 });
      assert.equal(violations.length, 0, describeViolations(violations, variant));
    }
  }
  assert.ok(variants > atLeast, `only ${variants} variants`);
}
