/** Editor settings (`stevedore.*`), fetched per document with a deadline so a silent client never blocks linting. */
import type { Connection } from 'vscode-languageserver/node';
import type { RuleSeverity } from '../engine/types';

export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  allRules: boolean;
  rules: Record<string, RuleSeverity>;
  configFile: string;
  useHadolintConfig: boolean;
  composeSchemaValidation: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  run: 'onType',
  allRules: false,
  rules: {},
  configFile: '',
  useHadolintConfig: true,
  composeSchemaValidation: true,
};

const DEADLINE_MS = 1500;

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  supported = false;

  constructor(private readonly connection: Connection) {}

  get(uri: string): Promise<Settings> {
    if (!this.supported) return Promise.resolve(DEFAULT_SETTINGS);
    let pending = this.cache.get(uri);
    if (!pending) {
      pending = this.fetch(uri);
      this.cache.set(uri, pending);
    }
    return pending;
  }

  clear(uri?: string): void {
    if (uri) this.cache.delete(uri);
    else this.cache.clear();
  }

  private async fetch(uri: string): Promise<Settings> {
    const request = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'stevedore' }).then(
      (value) => normalize(value),
      () => DEFAULT_SETTINGS,
    );
    const timeout = new Promise<Settings>((resolve) => setTimeout(() => resolve(DEFAULT_SETTINGS), DEADLINE_MS).unref?.());
    return Promise.race([request, timeout]);
  }
}

export function normalize(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const compose = (typeof v.compose === 'object' && v.compose !== null ? v.compose : {}) as Record<string, unknown>;
  return {
    enable: v.enable !== false,
    run: v.run === 'onSave' ? 'onSave' : 'onType',
    allRules: v.allRules === true,
    rules: typeof v.rules === 'object' && v.rules !== null ? (v.rules as Record<string, RuleSeverity>) : {},
    configFile: typeof v.configFile === 'string' ? v.configFile : '',
    useHadolintConfig: v.useHadolintConfig !== false,
    composeSchemaValidation: compose.schemaValidation !== false,
  };
}
