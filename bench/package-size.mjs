// The size of the .vsix, packaged exactly as `npm run package` does (minus the build the bench already did).
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lsp-client.mjs';

export function benchPackageSize(tmp) {
  const out = join(tmp, 'stevedore.vsix');
  rmSync(out, { force: true });
  const bin = join(ROOT, 'node_modules/.bin/vsce');
  const args = ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out];
  const result = spawnSync(bin, args, { cwd: ROOT, encoding: 'utf8', input: '', timeout: 120000 });
  const error = /ERROR\s+(.*)/.exec(`${result.stdout ?? ''}\n${result.stderr ?? ''}`)?.[1]?.trim();
  return {
    bytes: result.status === 0 && existsSync(out) ? statSync(out).size : NaN,
    how: '`vsce package --no-dependencies` (as `npm run package` does)',
    failure: result.status === 0 ? undefined : error ?? `exit ${result.status ?? result.signal}`,
  };
}
