import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hasOption, isSystemInstall, packageCommands, PackageCommand } from '../../server/src/model/dockerfile/package-managers';
import { parseDockerfile } from '../../server/src/model/dockerfile/parse';
import { shellCommands } from '../../server/src/model/dockerfile/queries';

function commands(text: string): { text: string; list: PackageCommand[] } {
  const model = parseDockerfile(text);
  return { text, list: packageCommands(shellCommands(model.instructions)) };
}

const slice = (text: string, w: { start: number; end: number }) => text.slice(w.start, w.end);

describe('package-manager command parser', () => {
  test('tool, subcommand, options with values and exact operand ranges', () => {
    const { text, list } = commands('FROM debian\nRUN apt-get -o Dpkg::Use-Pty=0 install -y -t bookworm-backports curl git=1:2.39');
    assert.equal(list.length, 1);
    const c = list[0];
    assert.equal(c.tool, 'apt-get');
    assert.equal(c.sub?.value, 'install');
    assert.deepEqual(c.globalOptions.map((o) => [o.name.value, o.value]), [['-o', 'Dpkg::Use-Pty=0']]);
    assert.deepEqual(c.options.map((o) => [o.name.value, o.value]), [['-y', undefined], ['-t', 'bookworm-backports']]);
    assert.deepEqual(c.operands.map((o) => slice(text, o.word)), ['curl', 'git=1:2.39']);
    assert.ok(isSystemInstall(c));
    assert.ok(hasOption(c, ['--yes'], 'y'));
  });

  test('python -m pip, behind sudo and env, inside sh -c', () => {
    const { list } = commands("FROM python\nRUN sh -c 'sudo env A=1 python3 -m pip install --no-cache-dir flask'");
    assert.equal(list.length, 1);
    assert.equal(list[0].tool, 'pip');
    assert.equal(list[0].toolWord.value, 'python3');
    assert.deepEqual(list[0].operands.map((o) => o.value), ['flask']);
  });

  test('variables resolve from ARG; unknown ones mark the command', () => {
    const { list } = commands('FROM alpine\nARG PKGS="curl git"\nARG MORE\nRUN apk add $PKGS $MORE');
    assert.deepEqual(list[0].operands.map((o) => o.value), ['curl', 'git', undefined]);
    assert.equal(list[0].unknown, true);
  });

  test('heredoc bodies and other programs', () => {
    const { list } = commands('FROM fedora\nRUN <<EOF\nset -e\ndnf install -y nginx\necho dnf install x\nEOF');
    assert.deepEqual(list.map((c) => [c.tool, c.sub?.value]), [['dnf', 'install']]);
  });
});
