/** What every resolver receives: the request's reader (with its query counter), its loaders, and who asked. */
import type { Config } from "../config.js";
import type { GraphReader } from "../graph/read/reader.js";
import type { GraphService } from "./graph.service.js";

export interface Context {
  config: Config;
  reader: GraphReader;
  graph: GraphService;
  /** true when the request carried a valid API key */
  authenticated: boolean;
}
