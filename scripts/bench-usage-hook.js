/**
 * Preloaded (`node -r scripts/bench-usage-hook.js ...`) into a process the benchmark measures from
 * outside: when the process exits, its peak RSS and CPU time are written as JSON to the file named
 * by BENCH_USAGE_FILE. Nothing else changes in the process.
 */
const fs = require("fs");

const target = process.env.BENCH_USAGE_FILE;
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    fs.writeFileSync(
      target,
      JSON.stringify({
        peakRss: usage.maxRSS * 1024,
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      }),
    );
  });
}
