import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { insertEdit, lineSpan, makeFix, replaceEdit, eolOf } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel, InstructionNode, Word } from '../../model/dockerfile/types';
import { copyParts, wholeContextSource } from '../shared/whole-context-copy';
import { dependencyInstall, type DependencyInstall } from '../shared/package-commands';

export const meta: DockerfileRuleMeta = {
  id: 'copy-all-before-dependency-install',
  target: 'dockerfile',
  category: 'layers',
  severity: 'info',
  summary: 'The whole build context is copied before a dependency install, so every source edit reinstalls.',
  docs: {
    description:
      'A layer is rebuilt when anything it copies changes. With `COPY . .` before `npm ci` (or `pip install -r`, ' +
      '`go mod download`, `bundle install`…), editing any source file invalidates the copy and the install after it, and ' +
      'every build downloads all dependencies again. Copy only the manifest and lock files first, install, then copy the rest.',
    incorrect: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]',
    correct: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]',
    fix:
      'Replaces the whole-context copy with a manifest-only COPY (package.json and lock file, requirements file, ' +
      'pyproject.toml and lock, go.mod/go.sum, Cargo.*, pom.xml, build.gradle*, Gemfile*, composer.*; optional lock files ' +
      'as wildcards) and moves the whole-context copy after the install. Offered when only ENV, ARG, LABEL or comments lie ' +
      'between them. Unsafe: an install step that needs more than the manifests (local packages, post-install scripts) breaks.',
    notes:
      'Dependency-only installs: `npm ci`, `npm install`, `yarn install`, `pnpm install` (without package names), ' +
      '`pip install -r …`, `poetry install --no-root`, `pipenv install`, `uv sync --no-install-project`, `bundle install`, ' +
      '`composer install`, `go mod download`, `cargo fetch`, `mvn dependency:go-offline`/`dependency:resolve`, ' +
      '`gradle dependencies`. Not reported when the install comes first.',
  },
  fix: 'unsafe',
  aliases: [],
};

const HARMLESS_BETWEEN = new Set(['ENV', 'ARG', 'LABEL']);

/** It needs a COPY or ADD of the whole context. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'COPY', 'ADD');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const stage of ctx.model.stages) {
    let whole: { instruction: InstructionNode; source: Word } | undefined;
    for (const instruction of stage.instructions) {
      if (!whole) {
        const source = wholeContextSource(instruction);
        if (source) whole = { instruction, source };
        continue;
      }
      if (instruction.keyword !== 'RUN') continue;
      const install = firstDependencyInstall(instruction);
      if (!install) continue;
      ctx.report({
        range: ctx.range(whole.source.start, whole.source.end),
        message: `The whole build context is copied before ${code(install.tool)} (line ${instruction.line + 1}), so any source change re-runs the install; copy the manifests first.`,
        fix: moveFix(ctx, whole.instruction, instruction, install),
      });
      break;
    }
  }
}

/** The first dependency install of a RUN: its line (with `sh -c` strings), then its heredoc bodies. */
function firstDependencyInstall(run: InstructionNode): DependencyInstall | undefined {
  for (const command of run.shell?.commands ?? []) {
    const install = dependencyInstall(command);
    if (install) return install;
  }
  for (const heredoc of run.heredocs) {
    for (const command of heredoc.script?.commands ?? []) {
      const install = dependencyInstall(command);
      if (install) return install;
    }
  }
  return undefined;
}

function moveFix(ctx: RuleContext<DockerfileModel>, copy: InstructionNode, run: InstructionNode, install: DependencyInstall) {
  const { model } = ctx;
  const parts = copyParts(copy);
  if (!parts || copy.execForm || copy.heredocs.length > 0 || copy.line !== copy.endLine) return undefined;
  if (!model.instructions.slice(copy.index + 1, run.index).every((i) => HARMLESS_BETWEEN.has(i.keyword))) return undefined;
  const eol = eolOf(model.text);
  const dest = parts.dest.value.endsWith('/') ? parts.dest.value : `${parts.dest.value}/`;
  const flags = copy.flags.filter((f) => f.name === 'chown' || f.name === 'chmod').map((f) => model.text.slice(f.start, f.end) + ' ').join('');
  const [lineStart, lineEnd] = lineSpan(model.text, copy.start);
  const copyLine = model.text.slice(lineStart, lineEnd).replace(/\r?\n$/, '');
  return makeFix('Copy the manifests first and the whole context after the install', 'unsafe', [
    replaceEdit(ctx.document, lineStart, lineEnd, `COPY ${flags}${install.manifests.join(' ')} ${dest}${eol}`),
    insertEdit(ctx.document, run.end, `${eol}${copyLine}`),
  ]);
}
