/**
 * Refuses operations nested deeper than MAX_QUERY_DEPTH. Depth counts graph hops, not Relay plumbing: the
 * connection wrappers (edges, node, nodes, pageInfo) add no depth, so `agencies { edges { node { conducts … } } }`
 * is depth 2. Introspection fields (__schema, __type) are not counted either.
 */
import { Kind, type ASTNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationRule } from "graphql";
import { LimitExceededError } from "../errors.js";

const WRAPPERS = new Set(["edges", "node", "nodes", "pageInfo"]);

function depthOf(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!set) return 0;
  let max = 0;
  for (const selection of set.selections) {
    let d: number;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__")) continue;
      const inner = depthOf(selection.selectionSet, fragments, seen);
      d = WRAPPERS.has(selection.name.value) && selection.selectionSet ? inner : 1 + inner;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      d = depthOf(selection.selectionSet, fragments, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue; // unknown or cyclic fragments are other rules' business
      d = depthOf(fragment.selectionSet, fragments, new Set([...seen, name]));
    }
    max = Math.max(max, d);
  }
  return max;
}

export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    return {
      OperationDefinition(node: ASTNode) {
        if (node.kind !== Kind.OPERATION_DEFINITION) return;
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new LimitExceededError("maxQueryDepth", maxDepth, `query depth ${depth} is above the maximum ${maxDepth}`),
          );
        }
      },
    };
  };
}
