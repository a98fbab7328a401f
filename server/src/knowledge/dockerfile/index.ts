/** Dockerfile knowledge tables: instruction, flag, directive and predefined-ARG docs, base-image data, shared lists. */
export * from './instructions';
export * from './flags';
export * from './directives';
export * from './platform-args';
export * from './base-images';
export * from './image-workdirs';
export * from './shared-lists';
