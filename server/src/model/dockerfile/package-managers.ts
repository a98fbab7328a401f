/**
 * Package-manager command lines read from the RUN model: which tool (`apt-get`, `apk`, `pip`, …), its
 * subcommand, its options (with their values) and its operands (the package words), each word with its
 * ARG/ENV value resolved and its exact document range kept.
 */
import type { ShellWord } from '../shell';
import { CommandSite, commandName, effectiveArgs, resolveWord } from './queries';
import type { Scope } from './types';
import { oncePer } from '../once-per';

export type PackageTool =
  | 'apt-get' | 'apt' | 'apk' | 'yum' | 'dnf' | 'microdnf' | 'tdnf' | 'zypper'
  | 'pip' | 'npm' | 'yarn' | 'pnpm' | 'gem' | 'go';

/** One value of a shell word; a word expanding to several values gives several entries. */
export interface ArgWord {
  /** undefined when a variable in the word has no value the file can know. */
  value: string | undefined;
  word: ShellWord;
}

export interface ParsedOption {
  name: ArgWord;
  /** The value: attached (`--target=x`, value only) or the next word. */
  value?: string;
  valueWord?: ArgWord;
}

export interface PackageCommand {
  tool: PackageTool;
  /** The word naming the tool (`apt-get`; `python3` in `python3 -m pip`). */
  toolWord: ShellWord;
  /** Options before the subcommand (`zypper -n install`). */
  globalOptions: ParsedOption[];
  sub?: ArgWord;
  /** Options after the subcommand. */
  options: ParsedOption[];
  /** Non-option words after the subcommand, option values left out. */
  operands: ArgWord[];
  /** Some word of the command line could not be resolved. */
  unknown: boolean;
  site: CommandSite;
}

const SHARED_RPM = ['-c', '--config', '-d', '--debuglevel', '-e', '--errorlevel', '--installroot', '--releasever', '--setopt', '-x',
  '--exclude', '--enablerepo', '--disablerepo', '--repo', '--repoid', '--downloaddir', '--destdir', '--color', '--rpmverbosity',
  '--forcearch'];

/** Options that take the next word as their value, per tool. */
const VALUE_OPTIONS: Record<PackageTool, ReadonlySet<string>> = {
  'apt-get': new Set(['-o', '--option', '-c', '--config-file', '-t', '--target-release', '-a', '--host-architecture']),
  apt: new Set(['-o', '--option', '-c', '--config-file', '-t', '--target-release', '-a', '--host-architecture']),
  apk: new Set(['-X', '--repository', '-t', '--virtual', '-p', '--root', '--arch', '--cache-dir', '--keys-dir', '--repositories-file', '--wait']),
  yum: new Set(SHARED_RPM),
  dnf: new Set(SHARED_RPM),
  microdnf: new Set(SHARED_RPM),
  tdnf: new Set(SHARED_RPM),
  zypper: new Set(['-c', '--config', '-R', '--root', '--reposd-path', '--cache-dir', '--raw-cache-dir', '--solv-cache-dir',
    '--pkg-cache-dir', '-t', '--type', '-r', '--repo', '--from', '--download']),
  pip: new Set(['-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url', '-f',
    '--find-links', '-t', '--target', '--prefix', '--root', '--src', '--upgrade-strategy', '--platform', '--python-version',
    '--implementation', '--abi', '--trusted-host', '--no-binary', '--only-binary', '--progress-bar', '--cache-dir', '--log',
    '--proxy', '--retries', '--timeout', '--exists-action', '--cert', '--client-cert', '-C', '--config-settings',
    '--global-option', '--install-option', '--report', '--python', '--root-user-action']),
  npm: new Set(['--prefix', '--registry', '--cache', '--tag', '-w', '--workspace', '--omit', '--include', '--install-strategy',
    '--userconfig', '--loglevel']),
  yarn: new Set(['--cwd', '--cache-folder', '--modules-folder', '--network-timeout', '--mutex', '--registry']),
  pnpm: new Set(['-C', '--dir', '--filter', '-F', '--registry', '--store-dir']),
  gem: new Set(['-v', '--version', '-i', '--install-dir', '-n', '--bindir', '-s', '--source', '-P', '--trust-policy', '--platform',
    '-g', '--file', '--build-root']),
  go: new Set(['-o', '-tags', '-ldflags', '-gcflags', '-mod', '-modfile', '-p', '-pkgdir', '-asmflags', '-buildmode', '-compiler',
    '-installsuffix', '-overlay', '-toolexec', '-exec', '-C', '-pgo', '-covermode', '-coverpkg']),
};

/** The same, for lookups by a name read from the file (a Map is faster than an object for strings not written in the code). */
const VALUE_OPTIONS_BY_TOOL = new Map(Object.entries(VALUE_OPTIONS)) as ReadonlyMap<PackageTool, ReadonlySet<string>>;

const DIRECT_TOOLS = new Set<string>(['apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf', 'tdnf', 'zypper', 'npm', 'yarn', 'pnpm', 'gem', 'go']);
const PIP = /^pip(\d+(\.\d+)?)?$/;
const PYTHON = /^python(\d+(\.\d+)?)?$/;

/** `pip`, `pip3`, `pip3.12` (the prefix first: most names are not pip). */
function isPip(name: string): boolean {
  return name.startsWith('pip') && PIP.test(name);
}

/** Expands each word through ARG/ENV; a word with an unknown variable gives one entry with an undefined value. */
export function resolveArgs(words: readonly ShellWord[], scope: Scope): ArgWord[] {
  const out: ArgWord[] = [];
  for (const word of words) {
    const values = resolveWord(word, scope);
    if (values === undefined) out.push({ value: undefined, word });
    else for (const value of values) out.push({ value, word });
  }
  return out;
}

/** The package-manager command of a command site, or undefined when it runs another program. */
export function parsePackageCommand(site: CommandSite): PackageCommand | undefined {
  // The name after wrappers, kept on the command: most commands are not package managers and stop here.
  const name = commandName(site.command);
  if (name === undefined) return undefined;
  const args = effectiveArgs(site.command);
  let tool: PackageTool;
  let rest: ShellWord[];
  if (DIRECT_TOOLS.has(name)) {
    tool = name as PackageTool;
    rest = args.slice(1);
  } else if (isPip(name)) {
    tool = 'pip';
    rest = args.slice(1);
  } else if (name.startsWith('python') && PYTHON.test(name)) {
    const m = args.findIndex((w, k) => k > 0 && (w.value === '-m' || /^-[A-Za-z]*m$/.test(w.value)));
    if (m < 0 || !PIP.test(args[m + 1]?.value ?? '') || args.slice(1, m).some((w) => !w.value.startsWith('-'))) return undefined;
    tool = 'pip';
    rest = args.slice(m + 2);
  } else return undefined;

  const words = resolveArgs(rest, site.instruction.scope);
  const valueOptions = VALUE_OPTIONS_BY_TOOL.get(tool)!;
  const command: PackageCommand = {
    tool,
    toolWord: args[0],
    globalOptions: [],
    options: [],
    operands: [],
    unknown: words.some((w) => w.value === undefined),
    site,
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const v = w.value;
    if (v !== undefined && v.startsWith('-') && v !== '-') {
      const option: ParsedOption = { name: w };
      const eq = v.indexOf('=');
      if (v.startsWith('--') && eq > 0) option.value = v.slice(eq + 1);
      else if (valueOptions.has(v) && k + 1 < words.length) {
        option.valueWord = words[++k];
        option.value = option.valueWord.value;
      }
      (command.sub ? command.options : command.globalOptions).push(option);
      continue;
    }
    if (!command.sub) command.sub = w;
    else command.operands.push(w);
  }
  return command;
}

/**
 * Every package-manager command of the given sites, in order. Once per sites list: some twenty rules ask for
 * the commands of the same (cached) sites. Shared and read-only.
 */
export const packageCommands = oncePer((sites: readonly CommandSite[]): PackageCommand[] => {
  const out: PackageCommand[] = [];
  for (const site of sites) {
    const parsed = parsePackageCommand(site);
    if (parsed) out.push(parsed);
  }
  return out;
});

/** Every option of the command, before and after the subcommand. */
export function allOptions(command: PackageCommand): ParsedOption[] {
  return [...command.globalOptions, ...command.options];
}

/** The option name without an attached `=value`. */
export function optionName(option: ParsedOption): string {
  const v = option.name.value ?? '';
  const eq = v.indexOf('=');
  return v.startsWith('--') && eq > 0 ? v.slice(0, eq) : v;
}

/** The command has one of the long options, or a short-option cluster holding one of the letters. */
export function hasOption(command: PackageCommand, longNames: readonly string[], shortLetters = ''): boolean {
  return someHasOption(command.globalOptions, longNames, shortLetters) || someHasOption(command.options, longNames, shortLetters);
}

const SHORT_CLUSTER = /^-[A-Za-z0-9]+$/;

function someHasOption(options: readonly ParsedOption[], longNames: readonly string[], shortLetters: string): boolean {
  for (const option of options) {
    const name = optionName(option);
    if (longNames.includes(name)) return true;
    if (shortLetters && SHORT_CLUSTER.test(name)) {
      for (let k = 1; k < name.length; k++) if (shortLetters.includes(name[k])) return true;
    }
  }
  return false;
}

/** The subcommand's value, when known. */
export function subcommand(command: PackageCommand): string | undefined {
  return command.sub?.value;
}

export const INSTALL_SUBCOMMANDS: Readonly<Record<string, ReadonlySet<string>>> = {
  'apt-get': new Set(['install']),
  apt: new Set(['install']),
  apk: new Set(['add']),
  yum: new Set(['install', 'groupinstall', 'localinstall']),
  dnf: new Set(['install', 'groupinstall', 'localinstall']),
  microdnf: new Set(['install']),
  tdnf: new Set(['install']),
  zypper: new Set(['install', 'in']),
};

/** A system package install (`apt-get install`, `apk add`, `dnf install`, `zypper in`, …). */
export function isSystemInstall(command: PackageCommand): boolean {
  const sub = command.sub?.value;
  return sub !== undefined && (INSTALL_SUBCOMMANDS[command.tool]?.has(sub) ?? false);
}
