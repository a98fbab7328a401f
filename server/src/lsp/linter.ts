/**
 * Lints open documents: one parse and lint per document version, cached for hover and code actions,
 * debounced while typing so only the newest version is linted.
 */
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyRuleSettings, emptyConfig, loadConfig, ResolvedConfig } from '../engine/config';
import { kindOf, lint, LintResult, ruleNames } from '../engine/lint';
import { detectKind } from '../engine/kind';
import type { FileKind } from '../engine/types';
import { nodeFileSystem } from '../platform/node-fs';
import { allRules } from '../rules';
import type { Settings } from './settings';

export interface CachedLint {
  version: number;
  result: LintResult;
}

/** File path of a `file:` URI, or '' for untitled and virtual documents. */
export function filePath(uri: string): string {
  if (!uri.startsWith('file:')) return '';
  try {
    return fileURLToPath(uri);
  } catch {
    return '';
  }
}

/** The file kind of an open document: the language id first, then the file name. */
export function documentKind(document: TextDocument): FileKind | undefined {
  if (document.languageId === 'dockerfile') return 'dockerfile';
  if (document.languageId === 'dockercompose') return 'compose';
  return detectKind(filePath(document.uri) || document.uri);
}

export function configFor(path: string, settings: Settings, onProblem: (message: string) => void): ResolvedConfig {
  const names = ruleNames();
  // Untitled buffers have no folder to search, so only the editor settings apply.
  const config = path
    ? loadConfig(nodeFileSystem, path, names, { configFile: settings.configFile || undefined, useHadolint: settings.useHadolintConfig })
    : emptyConfig();
  applyRuleSettings(config, settings.rules, names, 'settings (stevedore.rules)');
  if (!settings.composeSchemaValidation) for (const id of SCHEMA_RULES) config.severities.set(id, 'off');
  for (const p of config.problems) onProblem(p.message);
  return config;
}

/** Rules turned off by `stevedore.compose.schemaValidation: false`: the Compose rules of category `schema`. */
const SCHEMA_RULES = allRules.filter((r) => r.meta.target === 'compose' && r.meta.category === 'schema').map((r) => r.meta.id);

export class Linter {
  private readonly cache = new Map<string, CachedLint>();

  constructor(private readonly onProblem: (message: string) => void) {}

  /** The lint of this exact document version, computed once. */
  lint(document: TextDocument, settings: Settings): LintResult | undefined {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached.result;
    const kind = documentKind(document);
    if (!kind || !settings.enable) return undefined;
    const path = filePath(document.uri);
    const config = configFor(path, settings, this.onProblem);
    const result = lint(document.getText(), {
      fileName: path,
      kind: kindOf(path, kind),
      config,
      allRules: settings.allRules,
      fs: path ? nodeFileSystem : undefined,
    });
    this.cache.set(document.uri, { version: document.version, result });
    return result;
  }

  cached(uri: string): CachedLint | undefined {
    return this.cache.get(uri);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
