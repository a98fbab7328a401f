/** Command-line parsing for `stevedore`. Errors are usage errors (exit 2) with a message that says what to do. */
import type { FileKind, Severity } from '../engine/types';

export type Format = 'text' | 'json' | 'sarif';
export type Threshold = Severity | 'none';

export interface LintArgs {
  command: 'lint';
  paths: string[];
  format: Format;
  allRules: boolean;
  fix: boolean;
  unsafeFixes: boolean;
  config?: string;
  kind?: FileKind;
  maxWarnings?: number;
  failureThreshold: Threshold;
}

export type Args =
  | LintArgs
  | { command: 'rules'; format: 'text' | 'json' }
  | { command: 'version' }
  | { command: 'help' };

export class UsageError extends Error {}

const FORMATS = ['text', 'json', 'sarif'];
const THRESHOLDS = ['error', 'warning', 'info', 'hint', 'none'];

export function parseArgs(argv: string[]): Args {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v' || argv[0] === 'version') return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === 'rules') return parseRules(rest);
  if (command === 'lint') return parseLint(rest);
  throw new UsageError(`Unknown command \`${command}\`. Use \`stevedore lint PATH...\`, \`stevedore rules\` or \`stevedore --help\`.`);
}

function takeValue(argv: string[], i: number, name: string): [string, number] {
  const arg = argv[i];
  const eq = arg.indexOf('=');
  if (eq >= 0) return [arg.slice(eq + 1), i];
  if (i + 1 >= argv.length || (argv[i + 1].startsWith('-') && argv[i + 1] !== '-')) throw new UsageError(`${name} needs a value.`);
  return [argv[i + 1], i + 1];
}

function parseRules(argv: string[]): Args {
  let format: 'text' | 'json' = 'text';
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].split('=')[0];
    if (name === '--format' || name === '-f') {
      const [value, next] = takeValue(argv, i, '--format');
      if (value !== 'text' && value !== 'json') throw new UsageError(`\`stevedore rules --format\` takes text or json, not \`${value}\`.`);
      format = value;
      i = next;
    } else throw new UsageError(`Unknown option \`${argv[i]}\` for \`stevedore rules\`.`);
  }
  return { command: 'rules', format };
}

function parseLint(argv: string[]): LintArgs {
  const args: LintArgs = { command: 'lint', paths: [], format: 'text', allRules: false, fix: false, unsafeFixes: false, failureThreshold: 'warning' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      args.paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      args.paths.push(arg);
      continue;
    }
    const name = arg.split('=')[0];
    switch (name) {
      case '--format':
      case '-f': {
        const [value, next] = takeValue(argv, i, '--format');
        if (!FORMATS.includes(value)) throw new UsageError(`--format takes text, json or sarif, not \`${value}\`.`);
        args.format = value as Format;
        i = next;
        break;
      }
      case '--all-rules':
        args.allRules = true;
        break;
      case '--fix':
        args.fix = true;
        break;
      case '--unsafe-fixes':
        args.unsafeFixes = true;
        break;
      case '--config':
      case '-c': {
        const [value, next] = takeValue(argv, i, '--config');
        args.config = value;
        i = next;
        break;
      }
      case '--kind': {
        const [value, next] = takeValue(argv, i, '--kind');
        if (value !== 'dockerfile' && value !== 'compose') throw new UsageError(`--kind takes dockerfile or compose, not \`${value}\`.`);
        args.kind = value;
        i = next;
        break;
      }
      case '--max-warnings': {
        const [value, next] = takeValue(argv, i, '--max-warnings');
        if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, not \`${value}\`.`);
        args.maxWarnings = Number(value);
        i = next;
        break;
      }
      case '--failure-threshold': {
        const [value, next] = takeValue(argv, i, '--failure-threshold');
        if (!THRESHOLDS.includes(value)) throw new UsageError(`--failure-threshold takes error, warning, info, hint or none, not \`${value}\`.`);
        args.failureThreshold = value as Threshold;
        i = next;
        break;
      }
      default:
        throw new UsageError(`Unknown option \`${arg}\`. See \`stevedore --help\`.`);
    }
  }
  if (args.paths.length === 0) throw new UsageError('No files or folders to lint. Usage: stevedore lint [options] PATH...');
  if (args.unsafeFixes && !args.fix) args.fix = true;
  return args;
}

export const HELP = `Stevedore: lint Dockerfiles and Docker Compose files.

Usage:
  stevedore lint [options] PATH...     Lint files, or folders searched for Dockerfiles and compose files
  stevedore rules [--format text|json] List every rule
  stevedore --version                  Print the version

Lint options:
  --format text|json|sarif   Output format (default text)
  --all-rules                Turn on every rule, including those off by default
  --fix                      Apply safe fixes and write the files
  --unsafe-fixes             Also apply unsafe fixes (implies --fix)
  --config FILE              Use FILE instead of the nearest .stevedore.yaml
  --kind dockerfile|compose  Treat every file as this kind (for unusual file names; needed for stdin)
  --max-warnings N           Allow up to N warnings before failing
  --failure-threshold LEVEL  Lowest severity that fails: error, warning (default), info, hint, none

PATH may be - to read standard input.

Exit codes: 0 clean at the failure threshold, 1 findings, 2 usage or I/O error.`;
