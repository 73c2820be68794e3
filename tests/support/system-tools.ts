/**
 * Some tests need a Debian package beside Node (chromium for browser tests, docker-compose to validate the compose
 * file). `.ci/run` installs them; on a developer machine without them those tests are skipped with the reason
 * printed, while under CI (CI=true) a missing tool is a failure, so CI can never pass by skipping them.
 */
import { existsSync } from "node:fs";
import { loadConfig } from "../../src/config.js";

export function requireTool(path: string, debianPackage: string): { available: boolean; reason: string } {
  const available = existsSync(path);
  const reason = `${path} not found (Debian: apt-get install ${debianPackage}; .ci/run installs it)`;
  if (!available && loadConfig().ci) throw new Error(`CI needs ${reason}`);
  if (!available) console.warn(`skipping: ${reason}`);
  return { available, reason };
}
