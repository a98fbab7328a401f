/**
 * Common SPDX licence identifiers (a curated subset of https://spdx.org/licenses/, the ones images and
 * packages actually declare). Used by `label-value-invalid` for `spdx`-typed labels; comparison ignores case
 * as SPDX does.
 */
export const SPDX_LICENSE_IDS: readonly string[] = [
  '0BSD', 'AFL-3.0', 'AGPL-1.0-only', 'AGPL-1.0-or-later', 'AGPL-3.0', 'AGPL-3.0-only', 'AGPL-3.0-or-later',
  'Apache-1.0', 'Apache-1.1', 'Apache-2.0', 'APSL-2.0', 'Artistic-1.0', 'Artistic-2.0', 'BlueOak-1.0.0',
  'BSD-1-Clause', 'BSD-2-Clause', 'BSD-2-Clause-Patent', 'BSD-3-Clause', 'BSD-3-Clause-Clear', 'BSD-4-Clause',
  'BSL-1.0', 'BUSL-1.1', 'CC-BY-3.0', 'CC-BY-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-4.0',
  'CC-BY-SA-3.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'CDDL-1.0', 'CDDL-1.1', 'CECILL-2.1', 'CPL-1.0', 'ECL-2.0',
  'EFL-2.0', 'ELv2', 'EPL-1.0', 'EPL-2.0', 'EUPL-1.1', 'EUPL-1.2', 'FTL', 'GFDL-1.3-only', 'GFDL-1.3-or-later',
  'GPL-1.0-only', 'GPL-1.0-or-later', 'GPL-2.0', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0', 'GPL-3.0-only',
  'GPL-3.0-or-later', 'HPND', 'ICU', 'IJG', 'ISC', 'LGPL-2.0-only', 'LGPL-2.0-or-later', 'LGPL-2.1',
  'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'LPPL-1.3c',
  'MirOS', 'MIT', 'MIT-0', 'MIT-CMU', 'MPL-1.1', 'MPL-2.0', 'MPL-2.0-no-copyleft-exception', 'MS-PL', 'MS-RL',
  'MulanPSL-2.0', 'NCSA', 'ODbL-1.0', 'OFL-1.1', 'OpenSSL', 'OSL-3.0', 'PHP-3.0', 'PHP-3.01', 'PostgreSQL',
  'PSF-2.0', 'Python-2.0', 'Ruby', 'SSPL-1.0', 'Unicode-3.0', 'Unicode-DFS-2016', 'Unlicense', 'UPL-1.0',
  'Vim', 'W3C', 'WTFPL', 'X11', 'Zlib', 'ZPL-2.1',
  // Exceptions used after WITH.
  'Classpath-exception-2.0', 'GCC-exception-3.1', 'LLVM-exception', 'OpenJDK-assembly-exception-1.0',
];

const LOWER = new Set(SPDX_LICENSE_IDS.map((id) => id.toLowerCase()));

/** A known SPDX id, or a `LicenseRef-…` custom reference. */
export function isSpdxLicenseId(id: string): boolean {
  return LOWER.has(id.toLowerCase()) || /^(DocumentRef-[\w.-]+:)?LicenseRef-[\w.-]+$/.test(id);
}
