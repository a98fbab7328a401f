/**
 * What every fix of a file gets once `lint()` has made its ranges exact, so that no rule has to remember it:
 * - its new lines end as the document's lines do (`fix-line-breaks.ts`);
 * - Dockerfile: it keeps the comment lines inside the instructions it rewrites (`fix-comments.ts`), and is not offered
 *   when it would edit inside a word split by an escaped line break, unless its report says it means to
 *   (`fix-split-words.ts`). A file with a lone `\r` takes no fix that adds a line break (`lint.ts`, `FixLimits`), so
 *   its comments cannot be moved;
 * - Compose: it keeps a space after a key's colon (`fix-colon-space.ts`), and is not offered when it would edit inside
 *   a scalar whose text is not its value (`fix-inexact-scalars.ts`).
 */
import { eolOf } from './edits';
import { spacedAfterColon } from './fix-colon-space';
import { FixCommentKeeper } from './fix-comments';
import { editsInexactScalar } from './fix-inexact-scalars';
import { withLineBreaksOf } from './fix-line-breaks';
import { SplitWords } from './fix-split-words';
import type { Model } from './lint';
import type { PositionFinder } from './positions';
import type { Report } from './rule';
import type { Fix } from './types';

/** The fix as offered, or undefined when it must not be. */
export type FixFinisher = (fix: Fix, report: Report) => Fix | undefined;

/** The finishing step for one lint of `model`. */
export function fixFinisher(model: Model, positions: PositionFinder, loneCr: boolean): FixFinisher {
  const document = model.document;
  // Looked for only once a fix comes: most lints have none, and this reads the whole text.
  const lineBreaks = (fix: Fix) => (fix.edits.length === 0 ? fix : withLineBreaksOf(fix, eolOf(model.text)));
  if (model.kind === 'compose') return (fix) => (editsInexactScalar(fix, model, document) ? undefined : spacedAfterColon(lineBreaks(fix), document));
  const split = new SplitWords(model, document);
  const splits = (fix: Fix, report: Report) => report.fixesSplitWords !== true && split.touch(fix);
  if (loneCr) return (fix, report) => (splits(fix, report) ? undefined : lineBreaks(fix));
  const keeper = new FixCommentKeeper(model, document, positions);
  return (fix, report) => (splits(fix, report) ? undefined : keeper.keep(lineBreaks(fix)));
}

/** A report's fixes, finished; those that must not be offered left out. */
export function finishedFixes(fixes: Fix[], report: Report, finish: FixFinisher): Fix[] {
  if (fixes.length === 0) return fixes;
  const out: Fix[] = [];
  for (const fix of fixes) {
    const done = finish(fix, report);
    if (done) out.push(done);
  }
  return out;
}
