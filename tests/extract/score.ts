// The scorer moved to src/eval/score.ts (`kg eval`); this re-export keeps /work/tools/score-dev.mts working until it is retired.
export * from "../../src/eval/score.js";
