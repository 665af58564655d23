/**
 * `npm run bench:disclosure`: buildDisclosure for a large report (500 功能分类 lines, 100 projects). The target is
 * under 10 ms per build (mean) on the project's 2-core machines. A benchmark, not a timed test.
 */
import { bench, describe } from "vitest";
import { buildDisclosure } from "../../lib/disclosure/build";
import { LANZHOU_2020 } from "../../lib/disclosure/templates";
import { randomReport } from "../support/random-report";

const large = randomReport(42, { lines: 500, projects: 100 });

describe("buildDisclosure", () => {
  bench(
    "500 功能分类科目、100 个项目",
    () => {
      buildDisclosure(large, LANZHOU_2020);
    },
    { time: 3000 },
  );
});
