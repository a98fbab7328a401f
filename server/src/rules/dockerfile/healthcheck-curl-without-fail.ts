import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { TextEdit } from '../../engine/types';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { contiguous, mappedSlice } from '../../model/mapped-text';
import { baseName, lexShell, ShellCommand } from '../../model/shell';
import { execFormWords } from '../shared/exec-form-words';

export const meta: DockerfileRuleMeta = {
  id: 'healthcheck-curl-without-fail',
  target: 'dockerfile',
  category: 'runtime',
  severity: 'warning',
  summary: '`HEALTHCHECK` runs `curl` without `-f`: an HTTP error still counts as healthy.',
  docs: {
    description:
      'curl exits with status 0 whenever it gets any HTTP response, including `500 Internal Server Error` or `404`. A ' +
      'health check built on plain `curl` therefore only fails when the port is closed. `-f` (`--fail`) makes curl exit ' +
      'non-zero on HTTP errors, which is what the health check needs.',
    incorrect: 'FROM node:22-slim\nHEALTHCHECK CMD curl http://localhost:3000/health || exit 1',
    correct: 'FROM node:22-slim\nHEALTHCHECK CMD curl -f http://localhost:3000/health || exit 1',
    fix: 'Inserts `-f` after `curl`. Unsafe: a service that answered with errors will now be reported unhealthy.',
    notes:
      'Not reported when curl already uses `-f`, `--fail` or `--fail-with-body` (also inside `-fsS`), or when the ' +
      'response is inspected: output piped into another command, or `-w`/`--write-out`.',
  },
  fix: 'unsafe',
  aliases: [],
};

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

/** It reads only HEALTHCHECK instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'HEALTHCHECK');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const node of ctx.model.instructions) {
    const i = node.trigger ?? node;
    if (i.keyword !== 'HEALTHCHECK') continue;
    for (const site of curlSites(ctx.model.text, i)) {
      ctx.report({
        range: ctx.range(site.start, site.end),
        message: '`curl` without `-f` exits 0 on HTTP errors, so this health check never fails on a broken response.',
        fix: makeFix('Add -f to curl', 'unsafe', [site.edit(ctx)]),
      });
    }
  }
}

interface CurlSite {
  start: number;
  end: number;
  edit(ctx: RuleContext<DockerfileModel>): TextEdit;
}

function curlSites(text: string, i: InstructionNode): CurlSite[] {
  const execWords = execFormWords(i);
  if (execWords) {
    const values = execWords.map((w) => w.value);
    if (values.length >= 3 && SHELLS.has(baseName(values[0])) && /^-[a-z]*c$/.test(values[1])) {
      const script = execWords[2];
      const raw = text.slice(script.start + 1, script.end - 1);
      if (raw.includes('\\')) return [];
      return shellSites(lexShell(contiguous(raw, script.start + 1)).commands);
    }
    if (baseName(values[0] ?? '') !== 'curl' || !lacksFail(values.slice(1))) return [];
    const first = execWords[0];
    return [{ start: first.start + 1, end: first.end - 1, edit: (ctx) => insertEdit(ctx.document, first.end, ', "-f"') }];
  }
  const m = /^\s*CMD\s+/i.exec(i.argsText.text);
  if (!m) return [];
  return shellSites(lexShell(mappedSlice(i.argsText, m[0].length, i.argsText.text.length)).commands);
}

function shellSites(commands: ShellCommand[]): CurlSite[] {
  const out: CurlSite[] = [];
  for (const c of commands) {
    const name = c.args[0];
    if (!name || baseName(name.value) !== 'curl' || c.after === '|' || c.after === '|&') continue;
    if (!lacksFail(c.args.slice(1).map((w) => w.value))) continue;
    out.push({ start: name.start, end: name.end, edit: (ctx) => insertEdit(ctx.document, name.end, ' -f') });
  }
  return out;
}

function lacksFail(args: string[]): boolean {
  for (const a of args) {
    if (a === '--fail' || a === '--fail-with-body' || a === '--fail-early') return false;
    if (a === '-w' || a.startsWith('--write-out') || /^-[a-zA-Z]*w/.test(a)) return false;
    if (/^-[a-zA-Z]+$/.test(a) && a.includes('f')) return false;
  }
  return true;
}
