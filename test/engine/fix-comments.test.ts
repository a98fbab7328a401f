/**
 * Comment lines inside an instruction survive the fixes that rewrite or delete it (engine/fix-comments.ts): each is
 * written above the instruction. Each case: the text, the rule and fix title, and the text after that fix.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FixCommentKeeper } from '../../server/src/engine/fix-comments';
import { PositionFinder } from '../../server/src/engine/positions';
import { parseDockerfile } from '../../server/src/model/dockerfile/parse';
import { findingsOf, fixedBy, fixOf } from '../support/fix-by-title';

const KEPT: { name: string; text: string; rule: string; title: string; after: string }[] = [
  {
    name: 'a fix that deletes the words around the comment',
    text: 'FROM debian:bookworm-slim\nRUN sudo \\\n    # root already\n    apt-get update\n',
    rule: 'run-sudo',
    title: 'Remove sudo',
    after: 'FROM debian:bookworm-slim\n# root already\nRUN apt-get update\n',
  },
  {
    name: 'a rewrite of the whole instruction, with CRLF line breaks',
    text: 'FROM debian:12\r\nSHELL /bin/bash \\\r\n  # strict\r\n  -o pipefail -c\r\n',
    rule: 'shell-not-json',
    title: 'Write as a JSON array',
    after: 'FROM debian:12\r\n# strict\r\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\r\n',
  },
  {
    name: 'an indented instruction: the comment takes its indentation',
    text: 'FROM node:22-slim\n  CMD node \\\n# start the server\n    server.js\n',
    rule: 'exec-form-recommended',
    title: '(unsafe) Convert to exec form',
    after: 'FROM node:22-slim\n  # start the server\n  CMD ["node", "server.js"]\n',
  },
  {
    name: 'a deleted instruction: its comment stays where it was',
    text: 'FROM node:22-slim\nCMD \\\n# old\n    ["node", "migrate.js"]\nCMD ["node", "server.js"]\n',
    rule: 'multiple-cmd-entrypoint-healthcheck',
    title: 'Delete the earlier CMD',
    after: 'FROM node:22-slim\n# old\nCMD ["node", "server.js"]\n',
  },
  {
    name: 'a RUN moved into another: the comment goes above the one kept',
    text: 'FROM debian:trixie-slim\nRUN \\\n  # refresh\n  apt-get update\nRUN apt-get install -y --no-install-recommends curl\n',
    rule: 'package-index-update-alone',
    title: 'Move apt-get update into the installing RUN',
    after: 'FROM debian:trixie-slim\n# refresh\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
  },
  {
    name: 'a RUN joined to the one before: the comment goes above the joined RUN',
    text: 'FROM alpine:3.22\nRUN mkdir -p /srv/app\nRUN \\\n  # c\n    chown nobody /srv/app\n',
    rule: 'consecutive-run',
    title: 'Join with the previous RUN',
    after: 'FROM alpine:3.22\n# c\nRUN mkdir -p /srv/app \\\n    && chown nobody /srv/app\n',
  },
  {
    name: 'two comments in one instruction, in their order',
    text: 'FROM alpine:3.20\nENV APP_HOME \\\n# first\n# second\n    /srv/app\n',
    rule: 'legacy-key-value-format',
    title: 'Write APP_HOME=/srv/app',
    after: 'FROM alpine:3.20\n# first\n# second\nENV APP_HOME=/srv/app\n',
  },
];

for (const c of KEPT) {
  test(`kept: ${c.name}`, () => {
    const after = fixedBy(c.text, 'dockerfile', c.rule, c.title);
    assert.equal(after, c.after);
    // The fix still removes its finding.
    assert.ok(!findingsOf(after, 'dockerfile').some((f) => f.rule === c.rule), `${c.rule} still reported`);
  });
}

test('left alone: a fix that does not touch the comment line, and one that keeps it in its new text', () => {
  // The exec-form conversion replaces the arguments only; the comment line between keyword and arguments stays.
  assert.equal(fixedBy('FROM node:22-slim\nCMD \\\n# start\n    node a.js\n', 'dockerfile', 'exec-form-recommended', '(unsafe) Convert to exec form'), 'FROM node:22-slim\nCMD \\\n# start\n    ["node", "a.js"]\n');
  // Appending cleanup to a RUN leaves its comment lines where they are.
  assert.equal(
    fixedBy('FROM debian:bookworm-slim\nRUN apt-get update \\\n    # why\n    && apt-get install -y --no-install-recommends curl\n', 'dockerfile', 'apt-lists-not-cleaned', 'Remove the apt lists at the end of the RUN'),
    'FROM debian:bookworm-slim\nRUN apt-get update \\\n    # why\n    && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
  );
});

test('left alone: a comment shaped like a parser directive is not moved above the first instruction', () => {
  // Written at the top of the file, `# escape=`` ` would become the escape directive and change how the file reads.
  // No rule rewrites a first instruction that holds one, so the keeper is asked directly, with a fix that deletes it.
  const text = 'FROM \\\n# escape=`\n# plain\n    node:22-slim\nRUN a\n';
  const model = parseDockerfile(text);
  const keeper = new FixCommentKeeper(model, model.document, new PositionFinder(model.document));
  const end = model.document.positionAt(text.indexOf('RUN'));
  const kept = keeper.keep({ title: 'Delete the FROM', safety: 'safe', edits: [{ range: { start: { line: 0, character: 0 }, end }, newText: '' }] });
  assert.deepEqual(kept.edits.map((e) => e.newText), ['# plain\n']);
});

test('left alone: comment-like lines of a heredoc body, and a file with lone \\r line breaks', () => {
  const heredoc = 'FROM debian:12\nRUN sudo cat <<EOF > /x\n# not a comment\nEOF\n';
  const { fix } = fixOf(heredoc, 'dockerfile', 'run-sudo', 'Remove sudo');
  assert.equal(fix.edits.length, 1);
  assert.ok(!fix.edits[0]!.newText.includes('#'));
  // No fix that adds a line break is offered on a lone `\r` file, so none can take the comment along.
  const loneCr = 'FROM debian:12\rSHELL /bin/bash \\\r  # strict\r  -o pipefail -c\r';
  const finding = findingsOf(loneCr, 'dockerfile').find((f) => f.rule === 'shell-not-json');
  for (const f of finding?.fixes ?? []) for (const e of f.edits) assert.ok(!e.newText.includes('strict'));
});
