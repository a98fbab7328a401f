// One scaling measurement in its own process, so `bench/run.mjs` can stop it when it takes too long:
//   node bench/scale-child.mjs <dockerfile|compose> <factor> <timed ms>  →  {"ms":…,"lines":…,"bytes":…,"probeNs":…}
// `ms` is the mean time per lint over at least `timed ms` and 7 lints, after the warm-up; `probeNs` the mean of
// the cache probe (bench/cache-probe.mjs) taken before the warm-up and after the timed lints.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cacheProbe } from './cache-probe.mjs';
import { grownCompose, grownDockerfile } from './corpus.mjs';
import { ROOT } from './lsp-client.mjs';

const [kind, factorArg, timedArg] = process.argv.slice(2);
const api = createRequire(import.meta.url)(join(ROOT, 'dist/api.js'));
const text = (kind === 'compose' ? grownCompose : grownDockerfile)(Number(factorArg));
const timedMs = Number(timedArg);
const probe = cacheProbe();
const probeBefore = probe();
// Warm up until the JIT has settled, alike for every size: at least 20 lints and 1 s of them (a 100× file needs
// about 20 lints to reach its steady cost; half a second of warm-up left it at 6 to 12 and the ratio moved by a
// third between runs), but no more than 10 s, so a slow size still finishes before the parent's deadline.
const warmStart = performance.now();
for (let i = 0; ; i++) {
  const elapsed = performance.now() - warmStart;
  if (i > 0 && ((i >= 20 && elapsed >= 1000) || elapsed >= 10000)) break;
  api.lintText(text, { kind });
}
let lints = 0;
const t0 = performance.now();
while (lints < 7 || performance.now() - t0 < timedMs) {
  api.lintText(text, { kind });
  lints++;
}
const ms = (performance.now() - t0) / lints;
const probeNs = (probeBefore + probe()) / 2;
process.stdout.write(JSON.stringify({ ms, lints, lines: text.split('\n').length, bytes: text.length, probeNs }));
