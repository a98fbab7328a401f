import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { baseNameOf, dirname, folderVisible, joinPath, relativePath } from '../../engine/fs';
import { makeFix } from '../../engine/edits';
import { code } from '../../engine/text';
import type { DockerfileModel, Word } from '../../model/dockerfile/types';
import { wholeContextSource } from '../shared/whole-context-copy';
import { buildsUsing } from '../shared/workspace-builds';

export const meta: DockerfileRuleMeta = {
  id: 'dockerignore-missing',
  target: 'dockerfile',
  category: 'layers',
  severity: 'warning',
  summary: 'The whole build context is copied, but the context has no `.dockerignore`.',
  docs: {
    description:
      'Without a `.dockerignore`, `COPY . .` sends and copies everything in the context folder: `.git` history, ' +
      '`node_modules` built for another OS, `.env` files with secrets, logs and build output. The image grows, secrets leak ' +
      'into layers, and the cache breaks on every unrelated change. A `.dockerignore` listing what the build does not need ' +
      'fixes all three.',
    incorrect: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci',
    correct: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci',
    notes:
      'Workspace-aware: the context is the compose `build.context` or Bake `context` that builds this Dockerfile, else the ' +
      'Dockerfile\'s folder. `.dockerignore` and `.containerignore` in the context, and `<Dockerfile name>.dockerignore` ' +
      'beside the Dockerfile, all count. Does nothing for unsaved files or when the context folder cannot be read.',
    fix:
      'Creates `.dockerignore` in the build context with `.git`, `.env*`, `*.log` and the dependency and cache folders that ' +
      'exist there (`node_modules`, `.venv`, `__pycache__`…), leaving out any the Dockerfile copies by name. Unsafe: it ' +
      'changes what reaches the build, so read it before you build. Never overwrites an existing file.',
  },
  fix: 'unsafe',
  aliases: [],
};

/** Folders that hold installed dependencies or caches, never build input. */
const DEPENDENCY_FOLDERS = ['node_modules', '.venv', 'venv', '__pycache__', '.pytest_cache', '.mypy_cache', '.tox', '.gradle', 'coverage'];

/** A starting `.dockerignore`: always-safe patterns plus the dependency folders present, unless the Dockerfile names them. */
export function starterIgnore(entries: readonly string[], dockerfile: string): string {
  const lines = ['# Created by Stevedore: what the build does not need.', '.git', '.env*', '*.log'];
  for (const folder of DEPENDENCY_FOLDERS) if (entries.includes(folder) && !dockerfile.includes(folder)) lines.push(folder);
  return lines.join('\n') + '\n';
}

/** It needs a COPY or ADD of the whole context. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'COPY', 'ADD');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  if (!folderVisible(ctx.fs, ctx.fileName)) return;
  let source: Word | undefined;
  for (const instruction of ctx.model.instructions) {
    source = wholeContextSource(instruction, true);
    if (source) break;
  }
  if (!source) return;
  const dockerfileDir = dirname(ctx.fileName);
  const contexts = [...new Set([...buildsUsing(ctx.fs, ctx.fileName).map((b) => b.context)])];
  if (contexts.length === 0) contexts.push(dockerfileDir);
  if (ctx.fs.exists(joinPath(dockerfileDir, `${baseNameOf(ctx.fileName)}.dockerignore`))) return;
  for (const context of contexts) {
    if (!ctx.fs.isDirectory(context)) continue;
    if (ctx.fs.exists(joinPath(context, '.dockerignore')) || ctx.fs.exists(joinPath(context, '.containerignore'))) continue;
    const where = context === dockerfileDir ? 'the folder of this Dockerfile' : code(relativePath(dockerfileDir, context));
    ctx.report({
      range: ctx.range(source.start, source.end),
      message: `${code(source.value)} copies the whole build context (${where}), which has no \`.dockerignore\`; \`.git\`, \`.env\` files and local build output end up in the image.`,
      fix: makeFix('Create a .dockerignore for the build context', 'unsafe', [], [
        { path: joinPath(context, '.dockerignore'), kind: 'create', text: starterIgnore(ctx.fs.readDirectory(context), ctx.model.text) },
      ]),
    });
    return;
  }
}
