/** The rule registry: every rule the engine knows, generated per folder by scripts/gen-registry.mjs. */
import type { Rule } from '../engine/rule';
import { composeRules } from './compose';
import { dockerfileRules } from './dockerfile';
import { engineRules } from './engine';

export const allRules: readonly Rule[] = [...dockerfileRules, ...composeRules, ...engineRules];
