import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { runInstructions } from '../../model/dockerfile/queries';
import { commandName, effectiveArgs } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';
import type { ShellCommand } from '../../model/shell';

export const meta: DockerfileRuleMeta = {
  id: 'pipe-to-shell',
  target: 'dockerfile',
  category: 'security',
  severity: 'info',
  summary: 'A download piped straight into a shell or interpreter (`curl … | sh`): nothing verifies what runs.',
  docs: {
    description:
      'Piping a script from the network into `sh`, `bash` or `python` runs whatever the server sends today, with the ' +
      'build\'s privileges, and a dropped connection can run half a script. Download to a file, check its checksum ' +
      '(or signature), then run it.',
    incorrect: 'FROM debian:bookworm-slim\nRUN curl -fsSL https://example.com/install.sh | sh',
    correct:
      'FROM debian:bookworm-slim\nRUN curl -fsSL -o /tmp/install.sh https://example.com/install.sh \\\n' +
      ' && echo "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d  /tmp/install.sh" | sha256sum -c - \\\n' +
      ' && sh /tmp/install.sh',
    notes:
      'Detects `curl …` or `wget -O- …` piped into `sh`, `bash`, `zsh`, `dash`, `ash`, `python`, `perl`, `ruby` or `node` ' +
      '(also behind `sudo`), `sh -c "$(curl …)"` and `bash <(curl …)`.',
  },
  fix: 'none',
  aliases: [],
};

const INTERPRETERS = new Set(['sh', 'bash', 'zsh', 'dash', 'ash', 'ksh', 'perl', 'ruby', 'node']);
const PYTHON = /^python[0-9.]*$/;

function isInterpreter(name: string): boolean {
  return INTERPRETERS.has(name) || (name.startsWith('python') && PYTHON.test(name));
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const documentText = ctx.model.text;
  // The first `<(` at or after the current RUN's start (RUNs come in document order).
  let substitution = documentText.indexOf('<(');
  for (const i of runInstructions(ctx.model.instructions)) {
    if (i.shell) checkCommands(ctx, i.shell.commands);
    for (const h of i.heredocs) if (h.script) checkCommands(ctx, h.script.commands);
    // `bash <(curl …)`: process substitution is not a command word, so look at the text.
    while (substitution >= 0 && substitution < i.start) substitution = documentText.indexOf('<(', substitution + 1);
    if (substitution < 0 || substitution + 2 > i.end) continue;
    const text = documentText.slice(i.start, i.end);
    for (const m of text.matchAll(/\b(sh|bash|zsh)\s+<\(\s*(curl|wget)\b/g)) {
      const start = i.start + (m.index ?? 0);
      ctx.report({ range: ctx.range(start, start + m[1].length), message: `${code(m[1])} runs a script read from \`<(${m[2]} …)\`; save it, verify a checksum, then run it.` });
    }
  }
}

function checkCommands(ctx: RuleContext<DockerfileModel>, commands: readonly ShellCommand[]): void {
  for (let k = 0; k < commands.length; k++) {
    const c = commands[k];
    const name = commandName(c);
    if (!name || !isInterpreter(name)) continue;
    const head = effectiveArgs(c)[0];
    const prev = commands[k - 1];
    if (c.before === '|' && prev && downloads(prev)) {
      ctx.report({ range: ctx.range(head.start, head.end), message: `A download is piped into ${code(name)}; save it, verify a checksum, then run it.` });
      continue;
    }
    const substituted = c.args.slice(1).find((w) => /\$\(\s*(curl|wget)\b|`\s*(curl|wget)\b/.test(w.raw));
    if (substituted) ctx.report({ range: ctx.range(head.start, head.end), message: `${code(name)} runs a script fetched by \`$(curl …)\`; save it, verify a checksum, then run it.` });
  }
}

function downloads(c: ShellCommand): boolean {
  const name = commandName(c);
  if (name === 'curl') return true;
  if (name !== 'wget') return false;
  const args = effectiveArgs(c).slice(1).map((w) => w.value);
  return args.some((v, k) => v === '-O-' || v === '--output-document=-' || /^-[a-zA-Z]*O-$/.test(v) || ((v === '-O' || /^-[a-zA-Z]*O$/.test(v) || v === '--output-document') && args[k + 1] === '-'));
}
