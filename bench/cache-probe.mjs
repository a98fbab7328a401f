// How busy the machine's shared cache is: the time of one dependent load in a random cycle through 4 MB, about
// the size of the 100× Compose model. One core's L2 cache holds 1 MB and the L3 cache is shared with the machine's
// other tenants, so the time is that of an L3 hit (about 15 to 20 ns here) while they leave the L3 alone, and
// climbs towards memory's (about 150 ns) while they fill it. A big file's lint suffers from that the same way,
// a small file's, which stays in L1 and L2, hardly at all.

const ENTRIES = 1024 * 1024; // 4 MB of Int32
const STEPS = 2_000_000;

/** A probe: each call returns the mean nanoseconds per load of one walk round the cycle. */
export function cacheProbe() {
  const next = randomCycle(ENTRIES);
  return () => {
    let at = 0;
    for (let i = 0; i < 100_000; i++) at = next[at]; // bring the cycle into the cache first
    const start = performance.now();
    for (let i = 0; i < STEPS; i++) at = next[at];
    const ns = ((performance.now() - start) * 1e6) / STEPS;
    return at < 0 ? NaN : ns; // `at` is read, so the walk cannot be dropped
  };
}

/** `next[i]` is the entry after `i` in one cycle through every entry, in an order fixed by a seed. */
function randomCycle(n) {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let seed = 12345;
  for (let i = n - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  const next = new Int32Array(n);
  for (let i = 0; i < n; i++) next[order[i]] = order[(i + 1) % n];
  return next;
}
