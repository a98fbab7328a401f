/**
 * Regular-expression safety: every regex literal in server/src (rules, model, engine: all of them can see
 * user text) must run in about linear time on the inputs that make backtracking regexes explode. We time
 * each attack at n and 4n characters and compare: linear grows ~4×, quadratic ~16×, exponential never ends.
 * Ratios, not absolute times, because this machine is shared; tiny absolute times are noise and pass.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ROOT } from './inputs';
import { attacks, regexLiterals, timeExec } from './regex-scan';

const N = 2500;
/** Below this time at 4n a regex is fast whatever its growth (quadratic at 10,000 chars takes far longer). */
const NOISE_MS = 15;
const MAX_RATIO = 9;

describe('regex safety', () => {
  const found = regexLiterals(ROOT);

  test('the scan finds the regexes in server/src', () => {
    assert.ok(found.length > 50, `only ${found.length} regex literals found: the scan is broken`);
    assert.ok(found.some((r) => r.file.includes('model')), 'model regexes are scanned');
  });

  test('a known-quadratic regex is caught by the same measurement (the check can fail)', () => {
    const bad = /\s+$/;
    const attack = attacks(bad, bad.source).find((a) => a.label.startsWith('"" + " "×n + "\\u0000"'));
    assert.ok(attack, 'the space-run attack exists');
    // At 2n and 8n (the same 4× step), best of five taken in turns: a slow spell of the machine during the small
    // runs made quadratic growth look linear and failed this control.
    let small = Infinity;
    let big = Infinity;
    for (let i = 0; i < 5; i++) {
      small = Math.min(small, timeExec(bad, attack.build(2 * N), 1));
      big = Math.min(big, timeExec(bad, attack.build(8 * N), 1));
    }
    assert.ok(big > NOISE_MS && big / Math.max(small, 0.05) > MAX_RATIO, `the /\\s+$/ control regex should look quadratic: ${small.toFixed(1)} → ${big.toFixed(1)} ms`);
  });

  test('every regex literal runs in linear-ish time on pathological inputs', () => {
    const slow: string[] = [];
    for (const r of found) {
      for (const attack of attacks(r.regex, r.source)) {
        const big = timeExec(r.regex, attack.build(4 * N), 1);
        if (big <= NOISE_MS) continue;
        // Only now pay for careful timings (best of 3 at both sizes).
        const small = timeExec(r.regex, attack.build(N));
        const bigBest = timeExec(r.regex, attack.build(4 * N));
        if (bigBest > NOISE_MS && bigBest / Math.max(small, 0.05) > MAX_RATIO) {
          slow.push(`${r.file}:${r.line} ${r.source} on ${attack.label}: ${small.toFixed(1)} ms at n=${N}, ${bigBest.toFixed(1)} ms at 4n`);
          break;
        }
      }
    }
    assert.deepEqual(slow, [], `super-linear regexes:\n${slow.join('\n')}`);
  });
});
