/** Platform strings (`linux/arm64/v8`) and architecture names, as the multi-arch rules compare them. */

export interface Platform {
  os: string;
  arch: string;
  variant?: string;
}

/** Other spellings of architectures, mapped to the Go names BuildKit uses. */
const ARCH_ALIASES: Record<string, string> = { x86_64: 'amd64', 'x86-64': 'amd64', aarch64: 'arm64', armhf: 'arm', armel: 'arm', i386: '386', i686: '386' };

/** `linux/arm64/v8` → linux, arm64 (v8 is arm64's default); undefined for text that is not one constant platform. */
export function normalizePlatform(text: string): Platform | undefined {
  const value = text.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (value.includes('$') || value.includes(',')) return undefined;
  const parts = value.split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '')) return undefined;
  const arch = ARCH_ALIASES[parts[1]] ?? parts[1];
  let variant: string | undefined = parts[2];
  if (arch === 'arm64' && variant === 'v8') variant = undefined;
  return { os: parts[0], arch, ...(variant ? { variant } : {}) };
}

/** Architecture words that pin a build to one machine type, as they appear in file names, URLs and flags. */
export const ARCHITECTURE_WORDS = ['amd64', 'x86_64', 'x64', 'aarch64', 'arm64', 'armv7l', 'armv7', 'armhf', 'i386', 'i686', 'ppc64le', 's390x'];

/** Matches one architecture word standing alone or as a part of a file name (`-`, `_`, `.`, `/`, `=` around it). */
export const ARCHITECTURE_WORD = new RegExp(`(?<![A-Za-z0-9])(${ARCHITECTURE_WORDS.join('|')})(?![A-Za-z0-9])`, 'g');

/** A part every ARCHITECTURE_WORD has (keep in step with the list). */
const ARCHITECTURE_PART = /64|86|arm|390/;

/** False when `text` cannot hold an ARCHITECTURE_WORD; a quicker search than ARCHITECTURE_WORD itself. */
export function mayNameArchitecture(text: string): boolean {
  return ARCHITECTURE_PART.test(text);
}
