// Public surface of Stevedore's Compose model.
export * from './lookup';
export type * from './types';
export { composeRoot } from './spec';
export { typeText } from './resolve';
