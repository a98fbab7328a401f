/** Package-manager commands as the layer rules see them: index refreshes, installs and dependency-only installs. */
import { commandName, effectiveArgs } from '../../model/dockerfile/queries';
import type { ShellCommand, ShellWord } from '../../model/shell';

export type PackageFamily = 'apt' | 'apk' | 'zypper' | 'rpm';

export interface PackageAction {
  family: PackageFamily;
  kind: 'refresh' | 'install' | 'other';
  /** The subcommand word (`update`, `install`). */
  word: ShellWord;
}

// A Map: every command name of the file is looked up here (an object is slower for such strings, and answers `constructor`).
const FAMILY = new Map<string, PackageFamily>([
  ['apt-get', 'apt'], ['apt', 'apt'], ['apk', 'apk'], ['zypper', 'zypper'], ['dnf', 'rpm'], ['yum', 'rpm'], ['microdnf', 'rpm'],
]);
/** The commands `packageAction` reads. */
export const PACKAGE_FAMILY_TOOLS: readonly string[] = [...FAMILY.keys()];
/** Options of these tools that take the next word as their value. */
const WITH_VALUE = new Set(['-o', '--option', '-c', '--config-file', '-t', '--target-release', '-X', '--repository', '-p', '--root', '--setopt', '--installroot', '--releasever']);

/** The first word after the command name that is not an option. */
export function subcommandWord(args: ShellWord[]): ShellWord | undefined {
  for (let k = 1; k < args.length; k++) {
    const v = args[k].value;
    if (WITH_VALUE.has(v)) {
      k++;
      continue;
    }
    if (!v.startsWith('-')) return args[k];
  }
  return undefined;
}

export function packageAction(command: ShellCommand): PackageAction | undefined {
  const name = commandName(command);
  const family = name ? FAMILY.get(name) : undefined;
  if (!family) return undefined;
  const word = subcommandWord(effectiveArgs(command));
  if (!word) return undefined;
  const sub = word.value;
  const refresh =
    ((family === 'apt' || family === 'apk') && sub === 'update') ||
    (family === 'zypper' && (sub === 'refresh' || sub === 'ref')) ||
    (family === 'rpm' && sub === 'makecache');
  const install =
    ((family === 'apt' || family === 'rpm') && sub === 'install') ||
    (family === 'apk' && sub === 'add') ||
    (family === 'zypper' && (sub === 'install' || sub === 'in'));
  return { family, kind: refresh ? 'refresh' : install ? 'install' : 'other', word };
}

/** A dependency-only install and the manifest files it reads. */
export interface DependencyInstall {
  word: ShellWord;
  tool: string;
  /** Sources for a manifest-only COPY (wildcards keep optional lock files optional). */
  manifests: string[];
}

function operands(args: ShellWord[], from: number): ShellWord[] {
  return args.slice(from).filter((a) => !a.value.startsWith('-'));
}

/** The tools `dependencyInstall` knows (after `python -m` for Python modules). */
const DEPENDENCY_TOOLS = new Set(['npm', 'yarn', 'pnpm', 'pip', 'pip3', 'poetry', 'pipenv', 'uv', 'bundle', 'bundler', 'composer', 'go', 'cargo',
  'mvn', 'mvnw', 'gradle', 'gradlew']);
const PYTHON = /^python[0-9.]*$/;

export function dependencyInstall(command: ShellCommand): DependencyInstall | undefined {
  let name = commandName(command);
  if (name === undefined) return undefined;
  let rest = effectiveArgs(command);
  if (name.startsWith('python') && PYTHON.test(name) && rest[1]?.value === '-m' && rest[2]) {
    name = rest[2].value;
    rest = rest.slice(2);
  }
  // Most commands are none of these: answered before any word is read.
  return DEPENDENCY_TOOLS.has(name) ? toolInstall(name, rest) : undefined;
}

function found(word: ShellWord, tool: string, manifests: string[]): DependencyInstall {
  return { word, tool, manifests };
}

/** The words hold the flag, alone or with `=value`. */
function hasFlag(words: readonly ShellWord[], flag: string): boolean {
  return words.some((a) => a.value === flag || a.value.startsWith(flag + '='));
}

/** `rest` is the tool's command line from its name on. */
function toolInstall(name: string, rest: ShellWord[]): DependencyInstall | undefined {
  const sub = rest[1];
  switch (name) {
    case 'npm':
      if (sub?.value === 'ci') return found(sub, 'npm ci', ['package*.json']);
      if ((sub?.value === 'install' || sub?.value === 'i') && operands(rest, 2).length === 0 && !hasFlag(rest, '-g') && !hasFlag(rest, '--global')) {
        return found(sub, 'npm install', ['package*.json']);
      }
      return undefined;
    case 'yarn':
      if (!sub || sub.value.startsWith('-')) return found(rest[0], 'yarn', ['package.json', 'yarn.lock*']);
      if (sub.value === 'install') return found(sub, 'yarn install', ['package.json', 'yarn.lock*']);
      return undefined;
    case 'pnpm':
      if ((sub?.value === 'install' || sub?.value === 'i') && operands(rest, 2).length === 0) return found(sub, 'pnpm install', ['package.json', 'pnpm-lock.yaml*']);
      return undefined;
    case 'pip':
    case 'pip3': {
      if (sub?.value !== 'install') return undefined;
      const k = rest.findIndex((a) => a.value === '-r' || a.value === '--requirement');
      const file = k >= 0 ? rest[k + 1] : rest.find((a) => a.value.startsWith('--requirement=') || /^-r.+/.test(a.value));
      if (!file) return undefined;
      const path = file.value.replace(/^--requirement=|^-r/, '');
      return path && !file.expansion ? found(sub, 'pip install -r', [path]) : undefined;
    }
    case 'poetry':
      return sub?.value === 'install' && hasFlag(rest, '--no-root') ? found(sub, 'poetry install --no-root', ['pyproject.toml', 'poetry.lock*']) : undefined;
    case 'pipenv':
      return sub?.value === 'install' || sub?.value === 'sync' ? found(sub, `pipenv ${sub.value}`, ['Pipfile', 'Pipfile.lock*']) : undefined;
    case 'uv':
      return sub?.value === 'sync' && hasFlag(rest, '--no-install-project') ? found(sub, 'uv sync --no-install-project', ['pyproject.toml', 'uv.lock*']) : undefined;
    case 'bundle':
    case 'bundler':
      return sub?.value === 'install' ? found(sub, 'bundle install', ['Gemfile', 'Gemfile.lock*']) : undefined;
    case 'composer':
      return sub?.value === 'install' ? found(sub, 'composer install', ['composer.json', 'composer.lock*']) : undefined;
    case 'go':
      return sub?.value === 'mod' && rest[2]?.value === 'download' ? found(rest[2], 'go mod download', ['go.mod', 'go.sum*']) : undefined;
    case 'cargo':
      return sub?.value === 'fetch' ? found(sub, 'cargo fetch', ['Cargo.toml', 'Cargo.lock*']) : undefined;
    case 'mvn':
    case 'mvnw': {
      const goal = rest.find((a) => /^dependency:(go-offline|resolve)$/.test(a.value));
      return goal ? found(goal, `mvn ${goal.value}`, ['pom.xml']) : undefined;
    }
    case 'gradle':
    case 'gradlew': {
      const task = rest.find((a) => a.value === 'dependencies');
      return task ? found(task, 'gradle dependencies', ['build.gradle*', 'settings.gradle*']) : undefined;
    }
    default:
      return undefined;
  }
}

