/** A program mention found by one rule, before overlaps are settled and names merged. */
export interface Candidate {
  start: number;
  end: number;
  /** the name on the folded text, without quotation marks */
  name: string;
  quoted: boolean;
}
