/** Runs `kg extract` through commander the way src/cli/main.ts does, until main.ts registers the command. */
import { Command, CommanderError } from "commander";
import { registerExtractCommand } from "../../../src/cli/commands/extract.js";
import { exitCodeFor } from "../../../src/cli/exit-codes.js";

const program = new Command("kg").exitOverride();
registerExtractCommand(program);
try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : 2;
  else {
    const { code, line } = exitCodeFor(error);
    console.error(line);
    process.exitCode = code;
  }
}
