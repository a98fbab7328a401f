/**
 * `stevedore`: files → lint → text | json | sarif → exit code. Exit 0 clean at the failure threshold,
 * 1 with findings, 2 on usage or I/O errors.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { loadConfig } from '../engine/config';
import { fixAll } from '../engine/fixes';
import { lint, ruleNames } from '../engine/lint';
import type { FileChange, Finding, RuleMeta, Severity } from '../engine/types';
import { nodeFileSystem } from '../platform/node-fs';
import { allRules } from '../rules';
import { Args, HELP, LintArgs, parseArgs, Threshold, UsageError } from './args';
import { discover, MissingPathError } from './discover';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { FileReport, toJson } from './report';
import { VERSION } from '../version';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
}

const defaultIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin: () => readFileSync(0, 'utf8'),
};

export function main(argv: string[], io: Io = defaultIo): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`stevedore: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  switch (args.command) {
    case 'help':
      io.stdout(HELP + '\n');
      return 0;
    case 'version':
      io.stdout(VERSION + '\n');
      return 0;
    case 'rules':
      io.stdout(args.format === 'json' ? JSON.stringify(rulesJson(), null, 2) + '\n' : rulesText());
      return 0;
    case 'lint':
      return runLint(args, io);
  }
}

function rulesJson() {
  return allRules.map((r) => ({
    id: r.meta.id,
    target: r.meta.target,
    category: r.meta.category,
    severity: r.meta.severity,
    fix: r.meta.fix,
    aliases: [...r.meta.aliases],
    summary: r.meta.summary,
  }));
}

function rulesText(): string {
  return allRules.map((r) => `${r.meta.id.padEnd(34)} ${r.meta.target.padEnd(10)} ${r.meta.severity.padEnd(7)} ${r.meta.summary}`).join('\n') + '\n';
}

function displayPath(path: string): string {
  if (path === '-') return '<stdin>';
  const rel = relative(process.cwd(), resolve(path));
  return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : resolve(path)).replace(/\\/g, '/');
}

function runLint(args: LintArgs, io: Io): number {
  let targets;
  try {
    targets = discover(args.paths, args.kind);
  } catch (error) {
    if (error instanceof MissingPathError) {
      io.stderr(`stevedore: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (args.config && !nodeFileSystem.exists(resolve(args.config))) {
    io.stderr(`stevedore: Cannot read configuration file \`${args.config}\`.\n`);
    return 2;
  }
  const names = ruleNames();
  const reports: FileReport[] = [];
  const problems = new Set<string>();
  let ioError = false;
  for (const target of targets) {
    let raw: string;
    try {
      raw = target.path === '-' ? io.readStdin() : readFileSync(target.path, 'utf8');
    } catch (error) {
      io.stderr(`stevedore: Cannot read \`${target.path}\`: ${(error as Error).message}\n`);
      ioError = true;
      continue;
    }
    const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
    const text = bom ? raw.slice(1) : raw;
    const absolute = target.path === '-' ? '' : resolve(target.path);
    const config = loadConfig(nodeFileSystem, absolute || resolve('Dockerfile'), names, {
      configFile: args.config ? resolve(args.config) : undefined,
    });
    for (const p of config.problems) problems.add(p.message);
    const options = { fileName: absolute, kind: target.kind, config, allRules: args.allRules, fs: nodeFileSystem };
    let findings: Finding[];
    let fixed = 0;
    if (args.fix && target.path !== '-') {
      const result = fixAll(text, options, { unsafe: args.unsafeFixes });
      findings = result.findings;
      fixed = result.fixed;
      if (result.text !== text) {
        try {
          writeFileSync(target.path, bom + result.text);
        } catch (error) {
          io.stderr(`stevedore: Cannot write \`${target.path}\`: ${(error as Error).message}\n`);
          ioError = true;
        }
      }
      for (const change of result.files) {
        try {
          writeChange(change);
        } catch (error) {
          io.stderr(`stevedore: Cannot write \`${change.path}\`: ${(error as Error).message}\n`);
          ioError = true;
        }
      }
    } else {
      findings = lint(text, options).findings;
    }
    reports.push({ file: displayPath(target.path), findings, fixed });
  }
  for (const p of problems) io.stderr(`stevedore: ${p}\n`);

  const metas: RuleMeta[] = allRules.map((r) => r.meta);
  const aliasesOf = (rule: string) => metas.find((m) => m.id === rule)?.aliases ?? [];
  if (args.format === 'json') io.stdout(JSON.stringify(toJson(reports, aliasesOf), null, 2) + '\n');
  else if (args.format === 'sarif') io.stdout(JSON.stringify(formatSarif(reports, metas, VERSION), null, 2) + '\n');
  else io.stdout(formatText(reports));

  if (ioError) return 2;
  return fails(reports.flatMap((r) => r.findings), args.failureThreshold, args.maxWarnings) ? 1 : 0;
}

/** Writes a fix's change to another file: `create` never overwrites, `append` adds at the end. */
function writeChange(change: FileChange): void {
  if (change.kind === 'create') {
    if (!existsSync(change.path)) writeFileSync(change.path, change.text, { flag: 'wx' });
    return;
  }
  const current = existsSync(change.path) ? readFileSync(change.path, 'utf8') : '';
  const separator = current === '' || current.endsWith('\n') ? '' : '\n';
  writeFileSync(change.path, current + separator + change.text);
}

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** Errors always fail (unless the threshold is none); warnings fail past --max-warnings; info and hint per threshold. */
export function fails(findings: Finding[], threshold: Threshold, maxWarnings?: number): boolean {
  if (threshold === 'none') return false;
  const min = RANK[threshold];
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  for (const f of findings) {
    if (RANK[f.severity] < min) continue;
    if (f.severity === 'warning' && maxWarnings !== undefined) continue;
    return true;
  }
  return maxWarnings !== undefined && min <= RANK.warning && warnings > maxWarnings;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
