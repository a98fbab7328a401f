/**
 * The document spans of the fixes a pass has taken, for telling whether another fix's edit clashes with one of them.
 * Kept sorted, so a question reads the one or two neighbours of its place instead of every span taken: comparing each
 * fix with all the others made fix-all quadratic (25 s for 8,000 fixes).
 *
 * What clashes (`clashes`): two insertions at one point (their order is unclear), an insertion strictly inside a
 * replaced span, and two replacements that share text. Replacements taken never share text (a fix's own edits do not:
 * the edits of a pass are applied together), so sorted by start they are sorted by end too.
 */
import { partitionPoint } from '../model/sorted';

export class TakenSpans {
  /** Replaced spans [start, end), sorted. */
  private readonly replaced: [number, number][] = [];
  /** Insertion points, sorted. */
  private readonly points: number[] = [];

  clashes([start, end]: readonly [number, number]): boolean {
    if (start === end) return this.hasPoint(start) || this.replacedAround(start);
    // A replacement: an insertion strictly inside, a replacement reaching into it, or one starting inside it.
    const point = partitionPoint(this.points, (p) => p <= start);
    if (point < this.points.length && this.points[point] < end) return true;
    const before = partitionPoint(this.replaced, (r) => r[0] < end);
    return before > 0 && this.replaced[before - 1][1] > start;
  }

  add([start, end]: readonly [number, number]): void {
    if (start === end) this.points.splice(partitionPoint(this.points, (p) => p < start), 0, start);
    else this.replaced.splice(partitionPoint(this.replaced, (r) => r[0] < start || (r[0] === start && r[1] < end)), 0, [start, end]);
  }

  private hasPoint(at: number): boolean {
    const k = partitionPoint(this.points, (p) => p < at);
    return k < this.points.length && this.points[k] === at;
  }

  /** A replaced span holds the point strictly inside. */
  private replacedAround(at: number): boolean {
    const before = partitionPoint(this.replaced, (r) => r[0] < at);
    return before > 0 && this.replaced[before - 1][1] > at;
  }
}
