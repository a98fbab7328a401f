import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { copyInstructions, isGitSource, isRemoteSource } from '../shared/copy-add-paths';

export const meta: DockerfileRuleMeta = {
  id: 'add-remote-without-checksum',
  target: 'dockerfile',
  category: 'copy-add',
  severity: 'info',
  summary: '`ADD` of a URL without `--checksum`, or of a git repository without a pinned ref.',
  docs: {
    description:
      'A downloaded file can change on the server, and a git branch moves. Without `--checksum=sha256:…` (or a commit or ' +
      'tag after `#` for git sources) the build silently takes whatever is there today, which breaks reproducibility and ' +
      'lets a compromised server slip content into your image.',
    incorrect: 'FROM alpine:3.20\nADD https://example.com/tool.tar.gz /tmp/',
    correct:
      '# syntax=docker/dockerfile:1\nFROM alpine:3.20\n' +
      'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /tmp/',
    notes:
      'A git source counts as pinned when the ref after `#` is a commit hash or looks like a version tag (`v1.2.3`); ' +
      'branch names such as `main` are not pins. `--checksum` needs `docker/dockerfile:1.6` or later.',
  },
  fix: 'none',
  aliases: [],
};

const BRANCHES = new Set(['main', 'master', 'develop', 'dev', 'trunk', 'head', 'latest', 'stable']);

/** It reads only ADD instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'ADD');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const copy of copyInstructions(ctx.model)) {
    if (copy.keyword !== 'ADD' || copy.from !== undefined) continue;
    const hasChecksum = copy.instruction.flags.some((f) => f.name === 'checksum' && f.value);
    for (const source of copy.sources) {
      const url = source.resolved ?? source.raw;
      if (!isRemoteSource(url) && !url.startsWith('git@')) continue;
      if (isGitSource(url)) {
        const ref = url.includes('#') ? url.slice(url.indexOf('#') + 1).split(':')[0] : '';
        if (hasChecksum || isPinnedRef(ref)) continue;
        ctx.report({
          range: ctx.range(source.start, source.end),
          message: ref
            ? `${code(url)} follows the branch ${code(ref)}; pin a commit or tag so the build is reproducible.`
            : `${code(url)} has no \`#<commit or tag>\`, so each build clones whatever the default branch holds.`,
        });
        continue;
      }
      if (!/^https?:\/\//i.test(url) || hasChecksum) continue;
      ctx.report({
        range: ctx.range(source.start, source.end),
        message: `${code(url)} is downloaded without \`--checksum\`, so nothing verifies what arrives.`,
      });
    }
  }
}

function isPinnedRef(ref: string): boolean {
  if (ref === '' || BRANCHES.has(ref.toLowerCase())) return false;
  return /^[0-9a-f]{7,40}$/i.test(ref) || /^(refs\/tags\/)?v?\d+(\.\d+)*([-+.][\w.]+)?$/.test(ref);
}
