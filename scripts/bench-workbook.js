/**
 * The benchmark workbook (issues 3 and 14): `generate({ sheetCount, rowCount })` builds sheets of
 * 2,000 indicators x 12 monthly periods (ID, Indicator, Target, Apr..Mar, RAG, Commentary: 17
 * columns) with realistic mess, and a matching catalogue (unique ids per sheet). The benches
 * (scripts/bench-process.js, scripts/bench-reader.js) and a reader test use it.
 */
const MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"];
const HEADER = ["ID", "Indicator", "Target", ...MONTHS, "RAG", "Commentary"];
const OUTCOMES = [
  "Stay safe",
  "Be healthy",
  "Enjoy and achieve",
  "Make a positive contribution",
  "Economic well-being",
  "Workforce",
  "Finance",
  "Customers",
];

/** A deterministic pseudo-random sequence in [0, 1). */
function sequence(seed) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** The colour the rules give (docs/rules.md, 5% relative tolerance), as a team would type it. */
function colour(value, target, polarity) {
  // Edges compared with a little slack, as the engine compares them (0.817 is amber against 0.86).
  const atLeast = (a, b) => a >= b - 1e-9 * Math.max(1, Math.abs(b));
  if (polarity === "higher")
    return atLeast(value, target) ? "Green" : atLeast(value, target * 0.95) ? "Amber" : "Red";
  return atLeast(target, value) ? "Green" : atLeast(target * 1.05, value) ? "Amber" : "Red";
}

/**
 * Indicator k of sheet s: even k a percentage (0-1 scale, "0.0%" format, higher is better),
 * odd k a count (lower is better). About 1 cell in 97 is "tbc", 1 in 211 a number typed as
 * text, 1 row in 53 has the wrong colour, 1 in 71 none, 1 in 7 no commentary: enough mess for
 * the findings to be realistic (a few thousand), not so much that they dominate.
 */
function generate({ sheetCount = 20, rowCount = 2000 } = {}) {
  const random = sequence(20240401);
  const indicators = [];
  const sheets = [];
  for (let s = 1; s <= sheetCount; s++) {
    const rows = [HEADER];
    const formats = [[]];
    for (let k = 1; k <= rowCount; k++) {
      const id = `S${String(s).padStart(2, "0")}-${String(k).padStart(4, "0")}`;
      const percent = k % 2 === 0;
      const name = `${percent ? "Percentage of cases completed on time" : "Number of open cases"} (service ${s}, measure ${k})`;
      const target = percent ? (80 + (k % 10)) / 100 : 100 + (k % 50);
      const polarity = percent ? "higher" : "lower";
      indicators.push({
        id,
        name,
        polarity,
        unit: percent ? "percent" : "count",
        ...(percent ? { percentScale: "0-1" } : {}),
        frequency: "monthly",
        target,
        outcomeArea: OUTCOMES[k % OUTCOMES.length],
        plausibleMin: 0,
        ...(percent ? { plausibleMax: 1 } : {}),
      });
      const row = [id, name, target];
      const format = [null, null, percent ? "0%" : null];
      let last = null;
      for (let m = 0; m < MONTHS.length; m++) {
        const raw = percent
          ? Math.round(target * (0.85 + random() * 0.25) * 1000) / 1000
          : Math.round(target * (0.9 + random() * 0.2));
        const roll = random();
        if (roll < 1 / 97) {
          row.push("tbc");
          format.push(null);
        } else if (roll < 1 / 97 + 1 / 211) {
          row.push(percent ? `${(raw * 100).toFixed(1)}%` : String(raw));
          format.push(null);
          last = raw;
        } else {
          row.push(raw);
          format.push(percent ? "0.0%" : null);
          last = raw;
        }
      }
      const rag = last === null ? "" : colour(last, target, polarity);
      const typed = k % 71 === 0 ? null : k % 53 === 0 ? (rag === "Red" ? "Green" : "Red") : rag;
      row.push(
        typed,
        k % 7 === 0
          ? null
          : `Update for March: ${rag === "Red" ? "recovery plan agreed with the service lead" : "on track"}.`,
      );
      format.push(null, null);
      rows.push(row);
      formats.push(format);
    }
    sheets.push({ name: `Service ${String(s).padStart(2, "0")}`, rows, numberFormats: formats });
  }
  return { sheets, catalogue: { name: "Benchmark catalogue", version: "1", indicators } };
}

module.exports = { generate, HEADER };
