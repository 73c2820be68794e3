import { Entity } from "./node.interface.js";
import { RelationTypes } from "./relation.type.js";

/** Relationship edges whose other end can be any entity type. */
export const EntityRelation = RelationTypes("Entity", () => Entity);
