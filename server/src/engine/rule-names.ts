/**
 * Resolves the names users write in configuration and suppression comments (our ids, hadolint codes,
 * BuildKit check names, dclint rule names, scanner ids) to rule ids.
 */
import type { Rule } from './rule';

/** Names other tools define that we accept even where no rule of ours carries them yet. */
const EXTERNAL_CODE = /^(DL\d{4}|SC\d{4})$/i;

export class RuleNames {
  private readonly byName = new Map<string, string[]>();
  readonly ids: ReadonlySet<string>;

  constructor(rules: readonly Rule[]) {
    this.ids = new Set(rules.map((r) => r.meta.id));
    for (const rule of rules) {
      this.add(rule.meta.id, rule.meta.id);
      for (const alias of rule.meta.aliases) {
        this.add(alias, rule.meta.id);
        const colon = alias.indexOf(':');
        if (colon > 0) this.add(alias.slice(colon + 1), rule.meta.id);
      }
    }
  }

  private add(name: string, id: string): void {
    const key = name.toLowerCase();
    const list = this.byName.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    this.byName.set(key, list);
  }

  /** Rule ids a name stands for ([] when unknown). */
  resolve(name: string): string[] {
    return this.byName.get(name.trim().toLowerCase()) ?? [];
  }

  /** A hadolint or ShellCheck code we do not implement: valid in comments, never "unused". */
  isExternalCode(name: string): boolean {
    return EXTERNAL_CODE.test(name.trim());
  }

  /** Every name a user could write, for did-you-mean suggestions. */
  allNames(): string[] {
    return [...this.byName.keys()];
  }
}
