import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { makeFix } from '../../engine/edits';
import { joinPath } from '../../engine/fs';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { type Assignment, assignments } from '../shared/arg-env';
import { BuildContext, buildContextOf, contextRelative } from '../shared/build-context';
import { CopyInstruction, copyInstructions, isRemoteSource } from '../shared/copy-add-paths';
import { isIgnored } from '../shared/dockerignore';
import { replaceInstructionEdit } from '../shared/instruction-edits';

export const meta: DockerfileRuleMeta = {
  id: 'secret-file-copied',
  target: 'dockerfile',
  category: 'security',
  severity: 'warning',
  summary: 'A file holding credentials (private key, `.env`, `.npmrc`, cloud credentials) is copied into the image.',
  docs: {
    description:
      'Every file copied into a layer stays in the image, even if a later RUN deletes it: anyone who pulls the image can ' +
      'extract it. Private keys, `.env` files, `.npmrc`/`.pypirc` tokens and cloud credentials belong in build secrets ' +
      '(`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`) or in run-time configuration.',
    incorrect: 'FROM node:22-slim\nWORKDIR /app\nCOPY .npmrc package.json ./\nRUN npm ci',
    correct: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
    fix:
      'Replaces a COPY of a single credential file with a commented `RUN --mount=type=secret` skeleton. Unsafe: whatever ' +
      'used the file must move into that RUN.',
    notes:
      'Matches private keys (`id_rsa`, `id_ed25519`, other `id_*` without `.pub`, `*.key`, `*.p12`, `*.pfx`, `*.jks`, ' +
      '`*.keystore`), `.env` files (not `.env.example`, `.sample`, `.template`, `.dist`), `.npmrc`, `.pypirc`, `.netrc`, ' +
      '`.git-credentials`, `.aws/credentials`, `.docker/config.json`, `.kube/config`, `kubeconfig`, `credentials.json`, ' +
      '`*service-account*.json` and `.ssh/`, and an ENV `GOOGLE_APPLICATION_CREDENTIALS`, `AWS_CONFIG_FILE` or ' +
      '`HF_TOKEN_PATH` pointing at a copied file. When the build context is visible, `COPY . …` is reported once if the ' +
      'context holds such files that `.dockerignore` does not exclude. Public certificates (`*.crt`, `*.pub`) are fine.',
  },
  fix: 'unsafe',
  aliases: ['DS-0031'],
};

const ENV_POINTERS = new Set(['GOOGLE_APPLICATION_CREDENTIALS', 'AWS_CONFIG_FILE', 'HF_TOKEN_PATH']);
const SKIP_DIRS = new Set(['node_modules', '.git', 'vendor', '.venv', 'venv', '__pycache__', 'target', 'dist', 'build']);

const KEY_EXTENSIONS = new Set(['key', 'p12', 'pfx', 'jks', 'keystore']);
const CREDENTIAL_RC_FILES = new Set(['.npmrc', '.pypirc', '.netrc', '.git-credentials']);

/** Why a context path holds credentials, or undefined. Cheap string tests guard each regex: most paths are none. */
export function credentialKind(path: string): string | undefined {
  let clean = path.includes('\\') ? path.replace(/\\/g, '/') : path;
  if (clean.endsWith('/')) clean = clean.replace(/(?<!\/)\/+$/, '');
  const base = clean.slice(clean.lastIndexOf('/') + 1);
  const lower = base.toLowerCase();
  if (lower === '.ssh' || (clean.includes('.ssh/') && /(^|\/)\.ssh\//.test(clean))) return 'SSH keys';
  if (base === 'credentials' && /(^|\/)\.aws\/credentials$/.test(clean)) return 'AWS credentials';
  if (base === 'config.json' && /(^|\/)\.docker\/config\.json$/.test(clean)) return 'registry credentials';
  if ((base === 'config' && /(^|\/)\.kube\/config$/.test(clean)) || lower === 'kubeconfig') return 'a Kubernetes config';
  if (lower.endsWith('.pub') || lower.endsWith('.crt')) return undefined;
  if (lower.startsWith('id_') && /^id_[a-z0-9]+$/.test(lower)) return 'a private key';
  const dot = lower.lastIndexOf('.');
  if (dot >= 0 && KEY_EXTENSIONS.has(lower.slice(dot + 1))) return 'a private key or keystore';
  if (lower === '.env' || lower.endsWith('.env') || lower.startsWith('.env.')) {
    return /\.(example|sample|template|dist|defaults?)$/.test(lower) ? undefined : 'environment secrets';
  }
  if (CREDENTIAL_RC_FILES.has(lower)) return 'registry or git credentials';
  if (lower === 'credentials.json' || (lower.endsWith('.json') && /service[-_]?account.*\.json$/.test(lower))) return 'cloud credentials';
  return undefined;
}

/** It needs a COPY or ADD of local files. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'COPY', 'ADD');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const context = buildContextOf(ctx.fs, ctx.fileName);
  // Where copied files land, kept only when an ENV may point at one (few files set such a variable).
  const copied = hasEnvPointer(ctx.model) ? new Map<string, number>() : undefined;
  for (const copy of copyInstructions(ctx.model)) {
    if (copy.from !== undefined) continue;
    for (const source of copy.sources) {
      const path = source.resolved;
      if (source.heredoc || path === undefined || isRemoteSource(path)) continue;
      if (copied) rememberTarget(copy, path, copied);
      const kind = credentialKind(path);
      if (kind) {
        ctx.report({
          range: ctx.range(source.start, source.end),
          message: `${code(source.raw)} holds ${kind}; copied files stay in the image even if deleted later.`,
          fix: secretFix(ctx, copy),
        });
        continue;
      }
      if (context && contextRelative(path) === '') {
        const found = credentialFiles(context);
        if (found.length === 0) continue;
        const shown = found.slice(0, 5).map((f) => code(f)).join(', ') + (found.length > 5 ? ` and ${found.length - 5} more` : '');
        ctx.report({
          range: ctx.range(source.start, source.end),
          message: `${code(source.raw)} copies credential files that \`.dockerignore\` does not exclude: ${shown}.`,
        });
      }
    }
  }
  if (!copied) return;
  for (const a of assignments(ctx.model)) {
    if (!isEnvPointer(a) || !copied.has(a.value)) continue;
    ctx.report({
      range: ctx.range(a.valueStart, a.valueEnd),
      message: `${code(a.name)} points at ${code(a.value)}, a credential file copied into the image.`,
    });
  }
}

/** An ENV naming a credential file by its path. */
function isEnvPointer(a: Assignment): a is Assignment & { value: string } {
  return a.keyword === 'ENV' && ENV_POINTERS.has(a.name) && a.value !== undefined;
}

function hasEnvPointer(model: DockerfileModel): boolean {
  for (const a of assignments(model)) if (isEnvPointer(a)) return true;
  return false;
}

/** Where a copied file lands, so an ENV pointing at it can be recognised. */
function rememberTarget(copy: CopyInstruction, source: string, copied: Map<string, number>): void {
  const dest = copy.destination?.resolved;
  if (!dest || !dest.startsWith('/')) return;
  const base = source.replace(/(?<!\/)\/+$/, '').slice(source.replace(/(?<!\/)\/+$/, '').lastIndexOf('/') + 1);
  copied.set(dest.endsWith('/') ? dest + base : copy.sources.length === 1 ? dest : joinPath(dest, base), 1);
}

function secretFix(ctx: RuleContext<DockerfileModel>, copy: CopyInstruction) {
  if (copy.sources.length !== 1 || !copy.destination || copy.instruction !== copy.outer) return undefined;
  const source = copy.sources[0].raw;
  const base = source.replace(/(?<!\/)\/+$/, '').slice(source.replace(/(?<!\/)\/+$/, '').lastIndexOf('/') + 1);
  const id = base.replace(/^\.+/, '').replace(/[^A-Za-z0-9-]+/g, '-').toLowerCase() || 'secret';
  const target = copy.destination.raw.endsWith('/') ? copy.destination.raw + base : copy.destination.raw;
  return makeFix(`Mount ${base} as a build secret instead`, 'unsafe', [
    replaceInstructionEdit(ctx.document, copy.instruction, [
      `# ${base} holds credentials: pass it with \`docker build --secret id=${id},src=${source}\` and mount it where needed:`,
      `# RUN --mount=type=secret,id=${id},target=${target} <command>`,
    ]),
  ]);
}

/** Credential files in the context that the ignore file lets through (bounded walk). */
function credentialFiles(context: BuildContext): string[] {
  const found: string[] = [];
  let budget = 3000;
  const walk = (relative: string, depth: number) => {
    const dir = relative === '' ? context.root : joinPath(context.root, relative);
    for (const name of context.fs.readDirectory(dir)) {
      if (--budget < 0) return;
      const path = relative === '' ? name : `${relative}/${name}`;
      if (context.ignore && isIgnored(path, context.ignore.patterns)) continue;
      if (credentialKind(path)) {
        found.push(path);
        continue;
      }
      if (depth < 4 && !SKIP_DIRS.has(name) && context.fs.isDirectory(joinPath(dir, name))) walk(path, depth + 1);
    }
  };
  walk('', 0);
  return found;
}
