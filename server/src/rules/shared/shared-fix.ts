/**
 * One fix that mends several findings at once (every build of a stage, every entry of a rewritten list, every
 * variable of an exec-form instruction) is offered on each of them while they are few. Past that only the first
 * carries it: on each of thousands, a fix that grows with their number made the findings' edits grow with its square
 * (a RUN of 3,000 builds ran out of memory). Fix-all still applies it, from the first finding.
 */
export const SHARED_FIX_FINDINGS = 20;

/**
 * The fix for the `index`th of the findings that `fix` mends together; `count` is how many there are (or, where the
 * fix grows with something else, such as the names it declares, how many of those).
 */
export function sharedFix<F>(fix: F | undefined, index: number, count: number): F | undefined {
  return index === 0 || count <= SHARED_FIX_FINDINGS ? fix : undefined;
}
