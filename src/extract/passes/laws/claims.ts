/** Spans already claimed by a finder of higher priority; overlap queries in O(log n) (a 5 MB line has thousands). */
import type { Span } from "../../document.js";

export class Claims {
  private spans: Span[] = [];
  /** maxEnd[i]: the largest end among spans[0..i] (sorted by start) */
  private maxEnd: number[] = [];

  add(found: readonly Span[]): void {
    if (!found.length) return;
    this.spans = [...this.spans, ...found].sort((a, b) => a.start - b.start);
    let max = -1;
    this.maxEnd = this.spans.map((s) => (max = Math.max(max, s.end)));
  }

  /** whether `s` overlaps a claimed span: some span starting before s.end ends after s.start */
  overlaps = (s: Span): boolean => {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].start < s.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnd[lo - 1] > s.start;
  };
}
