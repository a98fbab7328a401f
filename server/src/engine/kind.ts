/** Which kind of file a path names, by the conventions VS Code and Docker use. */
import type { FileKind } from './types';

const COMPOSE = /^(docker-)?compose(\.[^/]+)?\.ya?ml$/i;
const DOCKERFILE = /^(dockerfile|containerfile)(\.[^/]+)?$|\.(dockerfile|containerfile)$/i;

export function detectKind(fileName: string): FileKind | undefined {
  const base = fileName.replace(/\\/g, '/').split('/').pop() ?? '';
  if (COMPOSE.test(base)) return 'compose';
  if (DOCKERFILE.test(base)) return 'dockerfile';
  return undefined;
}
