/**
 * Distributions whose system Python is "externally managed" (PEP 668): a system-wide `pip install` fails there.
 * Shared by `pip-install-externally-managed` and the base-image upgrade fix, which must not move a stage onto one.
 */
import { parseImageReference } from '../../knowledge/dockerfile';

const DEBIAN_CODENAMES = new Set(['bookworm', 'trixie', 'forky', 'duke', 'sid', 'testing', 'unstable', 'stable', 'oldstable', 'latest']);
const UBUNTU_CODENAMES = new Set(['lunar', 'mantic', 'noble', 'oracular', 'plucky', 'questing', 'resolute', 'latest', 'rolling', 'devel']);

/** A literal Debian >= 12 or Ubuntu >= 23.04 image of Docker Hub. */
export function isManagedDistro(image: string): boolean {
  const ref = parseImageReference(image);
  if (ref.registry && ref.normalizedRegistry !== 'docker.io') return false;
  const name = ref.name.replace(/^library\//, '');
  const tag = (ref.tag ?? 'latest').toLowerCase();
  if (name === 'debian') {
    const head = tag.split('-')[0];
    if (DEBIAN_CODENAMES.has(head)) return true;
    const major = /^(\d+)/.exec(head);
    return major !== null && Number(major[1]) >= 12;
  }
  if (name === 'ubuntu') {
    const head = tag.split('-')[0];
    if (UBUNTU_CODENAMES.has(head)) return true;
    const v = /^(\d+)\.(\d+)/.exec(head);
    return v !== null && (Number(v[1]) > 23 || (Number(v[1]) === 23 && Number(v[2]) >= 4));
  }
  return false;
}
