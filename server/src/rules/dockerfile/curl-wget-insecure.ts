import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { commandName, commandSites, effectiveArgs } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';
import type { ShellCommand } from '../../model/shell';
import { removeWordEdit } from '../shared/instruction-edits';

export const meta: DockerfileRuleMeta = {
  id: 'curl-wget-insecure',
  target: 'dockerfile',
  category: 'security',
  severity: 'warning',
  summary: 'A download with TLS certificate checks switched off (`curl -k`, `wget --no-check-certificate`).',
  docs: {
    description:
      'Without certificate verification, anyone between the build machine and the server (a proxy, a compromised ' +
      'network) can serve a different file, and the build installs it. Fix the trust store instead: install ' +
      '`ca-certificates`, or add your company CA with `COPY` + `update-ca-certificates`.',
    incorrect: 'FROM debian:bookworm-slim\nRUN curl -kfsSL https://example.com/install.sh -o /tmp/install.sh',
    correct: 'FROM debian:bookworm-slim\nRUN curl -fsSL https://example.com/install.sh -o /tmp/install.sh',
    fix: 'Removes the flag (or the `k` inside a group such as `-skL`). Unsafe: the download fails if the certificate really is not trusted.',
    notes:
      'Also reports `--proxy-insecure`, and writing `insecure` to `.curlrc` or `check_certificate = off` to `.wgetrc` ' +
      '(those have no fix).',
  },
  fix: 'unsafe',
  aliases: ['CKV2_DOCKER_2', 'CKV2_DOCKER_3'],
};

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const { command } of commandSites(ctx.model)) {
    const name = commandName(command);
    if (name === 'curl') {
      for (const w of effectiveArgs(command).slice(1)) {
        if (w.value === '--') break;
        if (w.value === '-k' || w.value === '--insecure' || w.value === '--proxy-insecure') {
          ctx.report({
            range: ctx.range(w.start, w.end),
            message: `${code('curl ' + w.value)} turns off TLS certificate checks, so the download is not verified.`,
            fix: makeFix(`Remove ${w.value}`, 'unsafe', [removeWordEdit(ctx.document, w.start, w.end)]),
          });
        } else if (/^-[a-zA-Z]+$/.test(w.value) && w.value.includes('k') && w.raw === w.value) {
          const at = w.start + w.value.indexOf('k');
          ctx.report({
            range: ctx.range(at, at + 1),
            message: `The \`k\` in ${code('curl ' + w.value)} (\`--insecure\`) turns off TLS certificate checks.`,
            fix: makeFix('Remove k (--insecure)', 'unsafe', [replaceEdit(ctx.document, at, at + 1, '')]),
          });
        }
      }
    }
    if (name === 'wget') {
      for (const w of effectiveArgs(command).slice(1)) {
        if (w.value !== '--no-check-certificate') continue;
        ctx.report({
          range: ctx.range(w.start, w.end),
          message: '`wget --no-check-certificate` turns off TLS certificate checks, so the download is not verified.',
          fix: makeFix('Remove --no-check-certificate', 'unsafe', [removeWordEdit(ctx.document, w.start, w.end)]),
        });
      }
    }
    if (command.redirects.length === 0) continue;
    const rc = rcWrite(command);
    if (rc) ctx.report({ range: ctx.range(rc.start, rc.end), message: rc.message });
  }
}

/** `echo insecure >> ~/.curlrc`, `echo check_certificate = off >> /etc/wgetrc`. */
function rcWrite(command: ShellCommand): { start: number; end: number; message: string } | undefined {
  const target = command.redirects.find((r) => r.op.startsWith('>') && r.target)?.target;
  if (!target) return undefined;
  const words = command.args.slice(1);
  if (/(^|\/)\.?curlrc$/.test(target.value)) {
    const w = words.find((x) => /(^|\s|-)insecure\b/.test(x.value));
    if (w) return { start: w.start, end: w.end, message: 'Writing `insecure` to `.curlrc` turns off TLS checks for every later curl.' };
  }
  if (/(^|\/)\.?wgetrc$/.test(target.value)) {
    const text = words.map((x) => x.value).join(' ');
    if (/check[_-]certificate\s*=\s*(off|0|no|false)/i.test(text)) {
      return { start: words[0].start, end: words[words.length - 1].end, message: 'Writing `check_certificate = off` to `.wgetrc` turns off TLS checks for every later wget.' };
    }
  }
  return undefined;
}
