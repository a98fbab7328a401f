// One scaling measurement in its own process, so `bench/run.mjs` can stop it when it takes too long:
//   node bench/scale-child.mjs <dockerfile|compose> <factor> <runs>  →  {"ms":…,"lines":…,"bytes":…}
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { grownCompose, grownDockerfile } from './corpus.mjs';
import { ROOT } from './lsp-client.mjs';
import { median } from './stats.mjs';

const [kind, factorArg, runsArg] = process.argv.slice(2);
const api = createRequire(import.meta.url)(join(ROOT, 'dist/api.js'));
const text = (kind === 'compose' ? grownCompose : grownDockerfile)(Number(factorArg));
const runs = Number(runsArg);
// Warm up until the JIT has settled, alike for every size: at least 20 lints and 1 s of them (a 100× file needs
// about 20 lints to reach its steady cost; half a second of warm-up left it at 6 to 12 and the ratio moved by a
// third between runs), but no more than 10 s, so a slow size still finishes before the parent's deadline.
const warmStart = performance.now();
for (let i = 0; ; i++) {
  const elapsed = performance.now() - warmStart;
  if (i > 0 && ((i >= 20 && elapsed >= 1000) || elapsed >= 10000)) break;
  api.lintText(text, { kind });
}
const times = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  api.lintText(text, { kind });
  times.push(performance.now() - t0);
}
process.stdout.write(JSON.stringify({ ms: median(times), lines: text.split('\n').length, bytes: text.length }));
