/**
 * The cost of one operation as a tree of its fields, so a refusal can say what to reduce: graphql-query-complexity
 * gives only a number. Its estimators run bottom-up (a field's children before the field), so the fields costed
 * since a field's subtree began are exactly its children: each new field adopts the finished fields on top of the
 * stack that are among its own selections. The estimators of src/api/common/complexity.ts report each list's page
 * size here (the trace is their `context`).
 */
import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";
import type { ComplexityEstimator, ComplexityEstimatorArgs } from "graphql-query-complexity";
import type { PageSink } from "../common/complexity.js";

export interface Page {
  argument: string;
  size: number;
  /** given in the query (not a default) */
  explicit: boolean;
}

export interface CostNode {
  /** the response key: alias or field name */
  key: string;
  cost: number;
  childCost: number;
  page: Page | null;
  children: CostNode[];
}

/** A list on the costliest branch and the page size that would bring the whole query under the maximum alone. */
export interface PageAdvice {
  path: string;
  argument: string;
  size: number;
  /** null: no size of this list alone brings the cost under the maximum */
  fitsAt: number | null;
}

export class CostTrace implements PageSink {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly stack: { node: FieldNode; cost: CostNode }[] = [];
  private current: Page | null = null;

  constructor(document: DocumentNode) {
    for (const def of document.definitions)
      if (def.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(def.name.value, def);
  }

  page(_args: ComplexityEstimatorArgs, argument: string, size: number, explicit: boolean): void {
    this.current = { argument, size, explicit };
  }

  /** One estimator that runs `estimators` (the first number wins, as graphql-query-complexity does) and records. */
  estimator(estimators: ComplexityEstimator[]): ComplexityEstimator {
    return (args) => {
      this.current = null;
      let cost = 0;
      for (const estimate of estimators) {
        const c = estimate(args);
        if (typeof c === "number" && !Number.isNaN(c)) {
          cost = c;
          break;
        }
      }
      const own = this.directFields(args.node.selectionSet);
      const children: CostNode[] = [];
      while (this.stack.length && own.has(this.stack.at(-1)!.node)) children.unshift(this.stack.pop()!.cost);
      const key = args.node.alias?.value ?? args.node.name.value;
      this.stack.push({
        node: args.node,
        cost: { key, cost, childCost: args.childComplexity, page: this.current, children },
      });
      return cost;
    };
  }

  /** The operation's root fields, costed. */
  get roots(): CostNode[] {
    return this.stack.map((s) => s.cost);
  }

  /** Lists whose page size, given in the query, is above `max`, with their paths. */
  oversizedPages(max: number): { path: string; page: Page }[] {
    const out: { path: string; page: Page }[] = [];
    const visit = (node: CostNode, path: string) => {
      if (node.page?.explicit && node.page.size > max) out.push({ path, page: node.page });
      for (const child of node.children) visit(child, `${path}.${child.key}`);
    };
    for (const root of this.roots) visit(root, root.key);
    return out;
  }

  /** The costliest branch: from the costliest root field down through the costliest child, to a leaf. */
  costliestBranch(): { node: CostNode; path: string }[] {
    const branch: { node: CostNode; path: string }[] = [];
    let level = this.roots;
    let path = "";
    while (level.length) {
      const node = level.reduce((a, b) => (b.cost > a.cost ? b : a));
      path = path ? `${path}.${node.key}` : node.key;
      branch.push({ node, path });
      level = node.children;
    }
    return branch;
  }

  /**
   * For each list on the costliest branch, the largest page size that alone would bring the total under `max`;
   * and the largest page size that, given to every one of them, would.
   */
  advice(max: number): { lists: PageAdvice[]; together: number | null } {
    const lists = this.costliestBranch().filter((b) => b.node.page);
    const total = (sizes: Map<CostNode, number>) => this.roots.reduce((sum, r) => sum + recost(r, sizes), 0);
    const largestFitting = (sizes: (k: number) => Map<CostNode, number>, upTo: number): number | null => {
      let lo = 0;
      let hi = upTo - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (total(sizes(mid)) <= max) lo = mid;
        else hi = mid - 1;
      }
      return lo >= 1 && total(sizes(lo)) <= max ? lo : null;
    };
    const advice = lists.map(({ node, path }) => ({
      path,
      argument: node.page!.argument,
      size: node.page!.size,
      fitsAt: largestFitting((k) => new Map([[node, k]]), node.page!.size),
    }));
    const biggest = Math.max(0, ...lists.map((l) => l.node.page!.size));
    const together = largestFitting(
      (k) => new Map(lists.map((l) => [l.node, Math.min(k, l.node.page!.size)])),
      biggest,
    );
    return { lists: advice, together };
  }

  /** The fields a selection set selects directly, through fragments but not into fields. */
  private directFields(set: SelectionSetNode | undefined, seen = new Set<string>()): Set<FieldNode> {
    const out = new Set<FieldNode>();
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) out.add(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT)
        for (const f of this.directFields(selection.selectionSet, seen)) out.add(f);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        for (const f of this.directFields(this.fragments.get(selection.name.value)?.selectionSet, seen)) out.add(f);
      }
    }
    return out;
  }
}

/**
 * A field's cost with some page sizes replaced: a list costs base + size × (1 + children), anything else its own
 * cost plus its children's. Computed as changes from the recorded costs, so with no replacement it is exactly
 * what graphql-query-complexity counted (which takes the dearest type below a union, not the sum).
 */
function recost(node: CostNode, sizes: Map<CostNode, number>): number {
  const change = node.children.reduce((sum, c) => sum + recost(c, sizes) - c.cost, 0);
  if (!node.page) return node.cost + change;
  const base = node.cost - node.page.size * (1 + node.childCost);
  return base + (sizes.get(node) ?? node.page.size) * (1 + node.childCost + change);
}
