/**
 * No Compose fix edits strictly inside a scalar whose text is not its value (engine/fix-inexact-scalars.ts): a double-
 * quoted scalar with an escape or a line break, a single-quoted one with `''`, a plain one folded over lines. Rules
 * place a part of the value by its place in the value, which is elsewhere in such a text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes } from '../../server/src/engine/fixes';
import { findingsOf } from '../support/fix-by-title';

const findings = (text: string) => findingsOf(text, 'compose');
const VPN = '  vpn:\n    image: vpn:1\n';

test('service-reference-undefined: no rename inside a scalar with a line break or an escape', () => {
  for (const value of ['"servic\\\n      e:vpnn"', '"servic\\x65:vpnn"', "'service:vp''nn'"]) {
    const text = `services:\n  app:\n    image: app:1\n    network_mode: ${value}\n${VPN}`;
    const found = findings(text).filter((f) => f.rule === 'service-reference-undefined');
    assert.equal(found.length, 1, value);
    assert.deepEqual(found[0]!.fixes, [], value);
  }
  // In a later document of the file too.
  const later = `services:\n  other:\n    image: other:1\n---\nservices:\n  app:\n    image: app:1\n    network_mode: "servic\\x65:vpnn"\n${VPN}`;
  const inLater = findings(later).filter((f) => f.rule === 'service-reference-undefined');
  assert.equal(inLater.length, 1);
  assert.deepEqual(inLater[0]!.fixes, []);
  // Written plainly, quoted or not, the name is renamed where it stands.
  for (const value of ['"service:vpnn"', 'service:vpnn']) {
    const text = `services:\n  app:\n    image: app:1\n    network_mode: ${value}\n${VPN}`;
    const finding = findings(text).find((f) => f.rule === 'service-reference-undefined');
    assert.ok(finding && finding.fixes.length === 1, value);
    assert.equal(applyFixes(text, [finding], { unsafe: true }).text, text.replace('vpnn', 'vpn'));
  }
});

test('a fix that replaces such a scalar whole is still offered', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    restart: "unless_\\\n      stopped"\n';
  const finding = findings(text).find((f) => f.rule === 'restart-invalid');
  assert.ok(finding && finding.fixes.length > 0);
  assert.equal(applyFixes(text, [finding], {}).text, 'services:\n  web:\n    image: nginx:1.27\n    restart: unless-stopped\n');
});
