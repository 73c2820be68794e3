/** Spans sorted by start, asked which of them overlap a range: a binary search, not a scan of all. */
import type { Span } from "../../document.js";

export class SpanIndex {
  private readonly spans: Span[];
  private readonly longest: number;
  constructor(spans: Span[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    this.longest = this.spans.reduce((n, s) => Math.max(n, s.end - s.start), 0);
  }

  /** The spans that share a character with [start, end). */
  overlapping(start: number, end: number): Span[] {
    const s = this.spans;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    const out: Span[] = [];
    for (let i = lo - 1; i >= 0 && s[i].start > start - this.longest - 1; i--) if (s[i].end > start) out.push(s[i]);
    return out;
  }
}
