/**
 * A fix's new lines end as the document's lines do (engine/fix-line-breaks.ts). Each case is a CRLF file whose rule
 * built its new line with `\n`: the text, the rule and fix title, and the text after that fix.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withLineBreaksOf } from '../../server/src/engine/fix-line-breaks';
import type { Fix } from '../../server/src/engine/types';
import { fixedBy } from '../support/fix-by-title';

const CASES: { rule: string; title: string; text: string; after: string }[] = [
  {
    rule: 'apt-lists-not-cleaned',
    title: 'Remove the apt lists at the end of the RUN',
    text: 'FROM debian:bookworm-slim\r\nRUN <<EOF\r\napt-get update\r\napt-get install -y curl\r\nEOF\r\n',
    after: 'FROM debian:bookworm-slim\r\nRUN <<EOF\r\napt-get update\r\napt-get install -y curl\r\nrm -rf /var/lib/apt/lists/*\r\nEOF\r\n',
  },
  {
    rule: 'heredoc-run-without-set-e',
    title: '(unsafe) Add set -e at the top of the script',
    text: 'FROM debian:bookworm-slim\r\nRUN <<EOF\r\napt-get update\r\napt-get install -y curl\r\nEOF\r\n',
    after: 'FROM debian:bookworm-slim\r\nRUN <<EOF\r\nset -e\r\napt-get update\r\napt-get install -y curl\r\nEOF\r\n',
  },
  {
    rule: 'pip-install-externally-managed',
    title: '(unsafe) Install into a virtual environment in /opt/venv',
    text: 'FROM debian:bookworm-slim\r\nRUN apt-get update && apt-get install -y python3-pip && pip3 install requests\r\n',
    after:
      'FROM debian:bookworm-slim\r\nENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"\r\n' +
      'RUN apt-get update && apt-get install -y python3-pip && python3 -m venv /opt/venv && pip3 install requests\r\n',
  },
  {
    rule: 'windows-path-escapes-newline',
    title: '(unsafe) Add # escape=` at the top',
    text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\r\nCOPY app C:\\app\\\r\nWORKDIR C:\\app\r\n',
    after: '# escape=`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\r\nCOPY app C:\\app\\\r\nWORKDIR C:\\app\r\n',
  },
];

for (const c of CASES) {
  test(`${c.rule}: "${c.title}" writes CRLF in a CRLF file`, () => {
    assert.equal(fixedBy(c.text, 'dockerfile', c.rule, c.title), c.after);
  });
}

test('new text is left as it is in an LF document, and a CRLF already there is not doubled', () => {
  const edit = (newText: string): Fix => ({ title: 't', safety: 'safe', edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText }] });
  const lf = edit('a\nb\n');
  assert.equal(withLineBreaksOf(lf, '\n'), lf);
  assert.equal(withLineBreaksOf(edit('a\r\nb\nc'), '\r\n').edits[0]!.newText, 'a\r\nb\r\nc');
  assert.equal(withLineBreaksOf(edit('\n'), '\r\n').edits[0]!.newText, '\r\n');
  const none = edit('no break');
  assert.equal(withLineBreaksOf(none, '\r\n'), none);
});
