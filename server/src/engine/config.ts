/**
 * Configuration: `.stevedore.yaml` (found by walking up from the linted file), `.hadolint.yaml`
 * (`ignored` and `override` apply to rules aliased to those codes), and editor settings on top.
 *
 * .stevedore.yaml:
 *   rules:
 *     base-image-latest: off            # severity by id …
 *     DL3008: warning                   # … or by any alias
 *     label-required: { severity: warning, options: { labels: [org.opencontainers.image.source] } }
 */
import { parse as parseYaml } from 'yaml';
import { dirname, FileSystem, joinPath } from './fs';
import type { RuleNames } from './rule-names';
import { RULE_SEVERITIES, RuleSeverity } from './types';

export interface ConfigProblem {
  file: string;
  message: string;
}

/** Severity and option overrides by rule id, already resolved from aliases. */
export interface ResolvedConfig {
  severities: Map<string, RuleSeverity>;
  options: Map<string, Record<string, unknown>>;
  /** Every rule on, those off by default included (their default becomes `warning`). */
  allRules: boolean;
  /** Config files that were read, nearest first. */
  files: string[];
  problems: ConfigProblem[];
}

export function emptyConfig(): ResolvedConfig {
  return { severities: new Map(), options: new Map(), allRules: false, files: [], problems: [] };
}

export const CONFIG_FILE_NAMES = ['.stevedore.yaml', '.stevedore.yml'];
export const HADOLINT_FILE_NAMES = ['.hadolint.yaml', '.hadolint.yml'];

export interface LoadConfigOptions {
  /** Use this file instead of searching for `.stevedore.yaml`. */
  configFile?: string;
  /** Apply `.hadolint.yaml` (default true). */
  useHadolint?: boolean;
  /** Stop walking up at this folder (the workspace root). */
  root?: string;
}

/** Finds and applies the configuration for a file: hadolint first, then `.stevedore.yaml`. */
export function loadConfig(fs: FileSystem, filePath: string, names: RuleNames, options: LoadConfigOptions = {}): ResolvedConfig {
  const config = emptyConfig();
  const dir = dirname(filePath);
  if (options.useHadolint !== false) {
    const hadolint = findUp(fs, dir, HADOLINT_FILE_NAMES, options.root);
    if (hadolint) applyHadolint(config, hadolint, fs.readFile(hadolint) ?? '', names);
  }
  const own = options.configFile || findUp(fs, dir, CONFIG_FILE_NAMES, options.root);
  if (own) {
    const text = fs.readFile(own);
    if (text === undefined) config.problems.push({ file: own, message: `Cannot read configuration file ${own}.` });
    else applyStevedore(config, own, text, names);
  }
  return config;
}

export function findUp(fs: FileSystem, startDir: string, fileNames: readonly string[], root?: string): string | undefined {
  let dir = startDir;
  for (let depth = 0; depth < 64; depth++) {
    for (const name of fileNames) {
      const candidate = joinPath(dir, name);
      if (fs.exists(candidate) && !fs.isDirectory(candidate)) return candidate;
    }
    if (dir === '/' || dir === root || dir === '.') return undefined;
    dir = dirname(dir);
  }
  return undefined;
}

function parseFile(config: ResolvedConfig, file: string, text: string): unknown {
  try {
    return parseYaml(text) ?? {};
  } catch (e) {
    config.problems.push({ file, message: `Invalid YAML in ${file}: ${(e as Error).message.split('\n')[0]}` });
    return {};
  }
}

export function applyStevedore(config: ResolvedConfig, file: string, text: string, names: RuleNames): void {
  const data = parseFile(config, file, text);
  if (!isObject(data)) {
    config.problems.push({ file, message: `${file} must hold a mapping with a \`rules\` key.` });
    return;
  }
  config.files.unshift(file);
  if (data.allRules === true || data['all-rules'] === true) config.allRules = true;
  const rules = data.rules;
  if (rules === undefined) return;
  if (!isObject(rules)) {
    config.problems.push({ file, message: `\`rules\` in ${file} must be a mapping of rule id to severity.` });
    return;
  }
  applyRuleSettings(config, rules, names, file);
}

/** Editor settings (`stevedore.rules`) and any other `{ id: severity | {severity, options} }` layer. */
export function applyRuleSettings(config: ResolvedConfig, rules: Record<string, unknown>, names: RuleNames, source: string): void {
  for (const [name, setting] of Object.entries(rules)) {
    const ids = names.resolve(name);
    if (ids.length === 0) {
      if (!names.isExternalCode(name)) config.problems.push({ file: source, message: `Unknown rule \`${name}\` in ${source}.` });
      continue;
    }
    const severity = isObject(setting) ? setting.severity : setting;
    const options = isObject(setting) && isObject(setting.options) ? setting.options : undefined;
    if (severity !== undefined && !isSeverity(severity)) {
      config.problems.push({ file: source, message: `Invalid severity \`${String(severity)}\` for \`${name}\` in ${source}: use off, info, warning or error.` });
    }
    for (const id of ids) {
      if (isSeverity(severity)) config.severities.set(id, severity);
      if (options) config.options.set(id, { ...(config.options.get(id) ?? {}), ...options });
    }
  }
}

/** `.hadolint.yaml`: `ignored: [DL3008]` turns rules off; `override: {error: [...], warning: [...], info: [...], style: [...]}`. */
export function applyHadolint(config: ResolvedConfig, file: string, text: string, names: RuleNames): void {
  const data = parseFile(config, file, text);
  if (!isObject(data)) return;
  config.files.unshift(file);
  const levels: [string, RuleSeverity][] = [['error', 'error'], ['warning', 'warning'], ['info', 'info'], ['style', 'hint']];
  const override = isObject(data.override) ? data.override : {};
  for (const [level, severity] of levels) {
    const codes = override[level];
    if (!Array.isArray(codes)) continue;
    for (const code of codes) for (const id of names.resolve(String(code))) config.severities.set(id, severity);
  }
  if (Array.isArray(data.ignored)) {
    for (const code of data.ignored) for (const id of names.resolve(String(code))) config.severities.set(id, 'off');
  }
  // hadolint's label schema feeds the label rules (off by default, so a schema turns them on).
  const schema = isObject(data['label-schema']) ? data['label-schema'] : undefined;
  if (schema) {
    for (const code of ['DL3049', 'DL3050', 'DL3051', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3058']) {
      for (const id of names.resolve(code)) {
        config.options.set(id, { ...(config.options.get(id) ?? {}), schema, ...(data['strict-labels'] === true ? { strict: true } : {}) });
        if (!config.severities.has(id)) config.severities.set(id, 'warning');
      }
    }
  }
  // hadolint's registry allow-list feeds the rule aliased to DL3026.
  if (Array.isArray(data.trustedRegistries) && data.trustedRegistries.length > 0) {
    const trustedRegistries = data.trustedRegistries.map(String);
    for (const id of names.resolve('DL3026')) {
      config.options.set(id, { ...(config.options.get(id) ?? {}), trustedRegistries });
      if (!config.severities.has(id)) config.severities.set(id, 'warning');
    }
  }
}

function isSeverity(value: unknown): value is RuleSeverity {
  return typeof value === 'string' && (RULE_SEVERITIES as readonly string[]).includes(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
