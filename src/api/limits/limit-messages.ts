/**
 * The refusals of the complexity plugin, worded to say what to change: the field and argument of a page above
 * MAX_PAGE_SIZE; for a query above MAX_QUERY_COMPLEXITY, the lists that multiply into most of its cost and the
 * `first:` that would make it fit. `extensions` carry the same as data (path, argument, size, fitsAt).
 */
import { LimitExceededError } from "../errors.js";
import type { CostNode, Page, PageAdvice } from "./cost-trace.js";

export function pageSizeError(oversized: { path: string; page: Page }[], maxPageSize: number): LimitExceededError {
  const [{ path, page }] = oversized as [{ path: string; page: Page }];
  return new LimitExceededError(
    "maxPageSize",
    maxPageSize,
    `${page.argument} is ${page.size} at ${path}, above the maximum page size ${maxPageSize}`,
    400,
    { path, argument: page.argument, size: page.size },
  );
}

const shortKey = (path: string) => path.split(".").at(-1)!;
const pageText = (path: string, page: Page) =>
  `${shortKey(path)}(${page.argument}: ${page.size}${page.explicit ? "" : " by default"})`;

export function overCostError(
  cost: number,
  max: number,
  branch: { node: CostNode; path: string }[],
  advice: { lists: PageAdvice[]; together: number | null },
): LimitExceededError {
  const head = `query complexity ${cost} is above the maximum ${max} (a list costs its page size times what each item selects)`;
  const lists = branch.filter((b) => b.node.page);
  const roots = branch.length ? cost / Math.max(1, branch[0]!.node.cost) : 1;
  let hint: string;
  if (!lists.length || roots >= 2) {
    hint = `most of it is the number of root fields (each costs at least 10): send fewer per request`;
  } else {
    const chain = lists.map((l) => pageText(l.path, l.node.page!)).join(" × ");
    const alone = advice.lists.filter((l) => l.fitsAt !== null);
    const ways = alone.map((l) => `${l.argument}: ${l.fitsAt} on ${shortKey(l.path)}`);
    if (advice.together !== null && lists.length > 1) ways.push(`${advice.together} on each of them`);
    hint = ways.length
      ? `most of it is ${chain}; reduce it, e.g. ${ways.join(", or ")}`
      : `most of it is ${chain}; no smaller first: fits, select fewer nested lists or split the query`;
  }
  return new LimitExceededError("maxQueryComplexity", max, `${head}: ${hint}`, 400, {
    cost,
    lists: advice.lists,
  });
}
