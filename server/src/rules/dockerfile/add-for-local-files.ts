import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { contextRelative, buildContextOf } from '../shared/build-context';
import { CopyPath, copyInstructions, hasWildcard, isRemoteSource } from '../shared/copy-add-paths';

export const meta: DockerfileRuleMeta = {
  id: 'add-for-local-files',
  target: 'dockerfile',
  category: 'copy-add',
  severity: 'warning',
  summary: '`ADD` of plain local files: `COPY` does the same without the surprises.',
  docs: {
    description:
      '`ADD` does more than copy: it downloads URLs, clones git repositories and unpacks local tar archives. For ordinary ' +
      'files and folders it behaves like `COPY`, but a reader has to wonder whether an unpack is intended, and a file that ' +
      'later turns into an archive changes meaning silently. `COPY` says exactly what happens. Note that `ADD` never ' +
      'unpacks `.zip` files, so `ADD app.zip /app/` copies the zip as is.',
    incorrect: 'FROM alpine:3.20\nADD app.conf /etc/app/',
    correct: 'FROM alpine:3.20\nCOPY app.conf /etc/app/\nADD rootfs.tar.gz /',
    fix:
      'Replaces `ADD` with `COPY`. Safe when every source is a folder or a file with a known non-archive extension. For ' +
      'an extension-less file or a wildcard the same replacement is offered as unsafe: ADD looks at the content of such ' +
      'files and unpacks a local tar archive, which COPY would copy as is.',
    notes:
      'Not reported when a source is a URL, a git repository, a tar archive or compressed file (`.tar`, `.tgz`, `.gz`, ' +
      '`.bz2`, `.xz`, `.txz`, `.zst`, …), holds a variable with no known value, or when ADD-only flags are used.',
  },
  fix: 'safe',
  aliases: ['DL3020', 'CKV_DOCKER_4', 'DS-0005', 'KICS:9513a694'],
};

const ARCHIVE = /\.(tar|tgz|taz|gz|bz2|tbz|tbz2|xz|txz|zst|tzst|lz4|lzma|tlz)$/i;
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);

/** It reads only ADD instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'ADD');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const context = buildContextOf(ctx.fs, ctx.fileName);
  for (const copy of copyInstructions(ctx.model)) {
    if (copy.keyword !== 'ADD' || copy.sources.length === 0 || copy.from !== undefined) continue;
    const i = copy.instruction;
    if (i.flags.some((f) => ADD_ONLY_FLAGS.has(f.name))) continue;
    if (copy.sources.some((s) => s.heredoc || s.resolved === undefined || isRemoteSource(s.resolved) || ARCHIVE.test(s.resolved))) continue;
    const safe = copy.sources.every((s) => plainForSure(s, context ? (p) => isContextDir(context.fs, context.root, p) : undefined));
    const keyword = i.rawKeyword === i.rawKeyword.toLowerCase() ? 'copy' : 'COPY';
    ctx.report({
      range: ctx.range(i.keywordStart, i.keywordEnd),
      message: '`ADD` copies only local files here; use `COPY`, which cannot download or unpack.',
      // Unsafe when a source might be a tar archive under another name: ADD unpacks it, COPY would not.
      fix: makeFix('Replace ADD with COPY', safe ? 'safe' : 'unsafe', [replaceEdit(ctx.document, i.keywordStart, i.keywordEnd, keyword)]),
    });
  }
}

/** A folder, or a file whose extension shows it is not an archive ADD would sniff. */
function plainForSure(source: CopyPath, isDir: ((path: string) => boolean) | undefined): boolean {
  const path = source.resolved ?? '';
  if (hasWildcard(path)) return false;
  if (path.endsWith('/') || path === '.' || path === './') return true;
  if (isDir?.(path)) return true;
  const base = path.slice(path.lastIndexOf('/') + 1);
  return /\.[A-Za-z0-9]+$/.test(base) && !base.startsWith('.') ? true : /^\.[^.]+\.[A-Za-z0-9]+$/.test(base);
}

function isContextDir(fs: { isDirectory(p: string): boolean }, root: string, path: string): boolean {
  const rel = contextRelative(path);
  return rel !== undefined && fs.isDirectory(rel === '' ? root : `${root}/${rel}`);
}
