#!/usr/bin/env node
/**
 * Builds the reference answers for KPI.FORECAST from LibreOffice Calc's own FORECAST.LINEAR, so
 * test/core/trajectory/forecast-libreoffice.test.ts can check them without LibreOffice.
 *
 * 1. Makes ~30 random series (a fixed seed): lengths 2 to 40, some with blanks (inside, before
 *    the first value and after the last), magnitudes from 1e-7 to 1e10, negative values,
 *    rates, counts, a flat series and series with only 2 numbers.
 * 2. Writes them to an .xlsx with exceljs: one series per row, positions 1, 2, 3 … in row 1,
 *    and for each period ahead the formula FORECAST.LINEAR(lastPosition + k, values, positions)
 *    (and the older FORECAST, which must agree). A canary formula holds a false cached result,
 *    so a file LibreOffice did not recalculate is caught.
 * 3. Has LibreOffice recalculate and save it (soffice --headless --convert-to xlsx, with a
 *    throw-away profile set to recalculate every .xlsx on load), reads the answers back with
 *    exceljs (full double precision) and writes test/fixtures/forecast-linear-libreoffice.json.
 *
 * Run: node scripts/forecast-reference.js   (needs soffice on the PATH, or SOFFICE=/path)
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const ExcelJS = require("exceljs");

const SEED = 20130401;
const OUT = path.resolve(__dirname, "../test/fixtures/forecast-linear-libreoffice.json");
const SOFFICE = process.env.SOFFICE || "soffice";
const FIRST_VALUE_COLUMN = 4; // D: A = name, B = periods ahead, C = last position
const MAX_LENGTH = 40;
const CANARY = 999;

/** mulberry32: a small seeded generator, so the fixture is the same on every run. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(SEED);
const between = (low, high) => low + (high - low) * random();
const whole = (low, high) => Math.floor(between(low, high + 1));
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const rounded = (value, decimals) => Number(value.toFixed(decimals));

/** The kinds of series, each a function of its length giving the values (before blanks). */
const KINDS = [
  ["percent rate", (n) => series(n, between(0.4, 0.9), between(-0.02, 0.02), 0.03).map((v) => rounded(v, 4))],
  ["points 0-100", (n) => series(n, between(40, 90), between(-2, 2), 3).map((v) => rounded(v, 1))],
  ["counts", (n) => series(n, between(500, 2000), between(-40, 40), 60).map((v) => Math.round(v))],
  ["money, large", (n) => series(n, between(1e9, 9e9), between(-1e8, 1e8), 2e8)],
  ["tiny rates", (n) => series(n, between(1e-7, 9e-7), between(-1e-8, 1e-8), 5e-8)],
  ["negative", (n) => series(n, between(-500, -100), between(-10, 10), 25)],
  ["full doubles", (n) => series(n, between(-1, 1), between(-0.1, 0.1), 0.3)],
  ["big level, small change", (n) => series(n, 1e6, between(-1, 1), 5)],
];

function series(n, level, slope, noise) {
  return Array.from({ length: n }, (_, i) => level + slope * (i + 1) + noise * normal());
}

/** ~30 cases: random kinds and lengths, with blanks, plus fixed edge cases. */
function makeCases() {
  const cases = [];
  for (let i = 0; i < 26; i += 1) {
    const [kind, make] = KINDS[i % KINDS.length];
    const length = i < 2 ? 2 + i : whole(3, MAX_LENGTH);
    const values = make(length);
    const blanks = i % 3 === 0 ? 0 : i % 3 === 1 ? 0.15 : 0.3;
    const withBlanks = values.map((v) => (random() < blanks ? null : v));
    if (i % 5 === 2) withBlanks[0] = null; // a blank before the first value
    if (i % 7 === 3) withBlanks[withBlanks.length - 1] = null; // a period to come
    cases.push({ name: `${kind} ${i + 1}`, values: withBlanks, periodsAhead: whole(1, 5) });
  }
  cases.push({
    name: "only two numbers, far apart",
    values: [12.5, null, null, null, null, 17.25],
    periodsAhead: 3,
  });
  cases.push({ name: "flat", values: [42, 42, 42, 42, 42], periodsAhead: 2 });
  cases.push({ name: "exact line with a gap", values: [10, 12, null, 16], periodsAhead: 3 });
  cases.push({ name: "40 periods of quarterly percentages", values: KINDS[0][1](40), periodsAhead: 4 });
  cases.push({ name: "one number only (LibreOffice: #DIV/0!)", values: [null, 7, null], periodsAhead: 1 });
  return cases.map((c) => {
    const numeric = c.values.map((v, i) => (v === null ? -1 : i + 1)).filter((p) => p > 0);
    // Trailing blanks are periods to come: the first period ahead follows the latest value.
    const lastPosition = numeric.length ? numeric[numeric.length - 1] : 0;
    return { ...c, lastPosition };
  });
}

function columnLetter(n) {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

async function writeWorkbook(cases, file) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Forecasts");
  const forecastColumn = FIRST_VALUE_COLUMN + MAX_LENGTH + 1;
  sheet.getCell(1, 1).value = "case";
  sheet.getCell(1, 2).value = "periods ahead";
  sheet.getCell(1, 3).value = "last position";
  for (let x = 1; x <= MAX_LENGTH; x += 1) sheet.getCell(1, FIRST_VALUE_COLUMN + x - 1).value = x;
  cases.forEach((c, i) => {
    const row = i + 2;
    sheet.getCell(row, 1).value = c.name;
    sheet.getCell(row, 2).value = c.periodsAhead;
    sheet.getCell(row, 3).value = c.lastPosition;
    c.values.forEach((v, j) => {
      if (v !== null) sheet.getCell(row, FIRST_VALUE_COLUMN + j).value = v;
    });
    const first = columnLetter(FIRST_VALUE_COLUMN);
    const last = columnLetter(FIRST_VALUE_COLUMN + c.values.length - 1);
    const ys = `${first}${row}:${last}${row}`;
    const xs = `${first}$1:${last}$1`;
    for (let k = 1; k <= c.periodsAhead; k += 1) {
      sheet.getCell(row, forecastColumn + k - 1).value = {
        formula: `_xlfn.FORECAST.LINEAR($C${row}+${k},${ys},${xs})`,
      };
      sheet.getCell(row, forecastColumn + 10 + k - 1).value = {
        formula: `FORECAST($C${row}+${k},${ys},${xs})`,
      };
    }
  });
  sheet.getCell(cases.length + 3, 1).value = { formula: "1+1", result: CANARY };
  await workbook.xlsx.writeFile(file);
  return { forecastColumn, canaryRow: cases.length + 3 };
}

/** A LibreOffice profile that recalculates every .xlsx on load (OOXMLRecalcMode 0 = always). */
function recalculatingProfile(dir) {
  const user = path.join(dir, "user");
  fs.mkdirSync(user, { recursive: true });
  fs.writeFileSync(
    path.join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${dir}`;
}

function cellNumber(cell) {
  const v = cell.value;
  if (typeof v === "number") return v;
  if (v && typeof v === "object" && "result" in v) {
    if (typeof v.result === "number") return v.result;
    if (v.result && typeof v.result === "object" && "error" in v.result) return v.result.error;
  }
  if (v && typeof v === "object" && "error" in v) return v.error;
  return null;
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "forecast-reference-"));
  try {
    const cases = makeCases();
    const input = path.join(work, "forecast-input.xlsx");
    const { forecastColumn, canaryRow } = await writeWorkbook(cases, input);
    const outDir = path.join(work, "out");
    const profile = recalculatingProfile(path.join(work, "profile"));
    execFileSync(
      SOFFICE,
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", outDir, input],
      { stdio: "pipe", timeout: 300_000 },
    );
    const version = execFileSync(SOFFICE, [`-env:UserInstallation=${profile}`, "--version"], {
      encoding: "utf8",
      timeout: 120_000,
    }).trim();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(outDir, "forecast-input.xlsx"));
    const sheet = workbook.getWorksheet("Forecasts");
    if (cellNumber(sheet.getCell(canaryRow, 1)) !== 2)
      throw new Error(
        "LibreOffice did not recalculate the workbook (the canary still holds its false result)",
      );
    const results = cases.map((c, i) => {
      const row = i + 2;
      const linear = [];
      for (let k = 1; k <= c.periodsAhead; k += 1) {
        const a = cellNumber(sheet.getCell(row, forecastColumn + k - 1));
        const b = cellNumber(sheet.getCell(row, forecastColumn + 10 + k - 1));
        if (a !== b) throw new Error(`${c.name}: FORECAST.LINEAR ${a} and FORECAST ${b} differ`);
        linear.push(a);
      }
      const numbers = linear.every((v) => typeof v === "number");
      return {
        name: c.name,
        values: c.values,
        periodsAhead: c.periodsAhead,
        lastPosition: c.lastPosition,
        libreOffice: numbers ? linear : String(linear[0]),
      };
    });
    const fixture = {
      about:
        "Reference forecasts from LibreOffice Calc's FORECAST.LINEAR(lastPosition + k, values, positions 1..n), blank cells left out. Made by scripts/forecast-reference.js; checked by test/core/trajectory/forecast-libreoffice.test.ts.",
      libreOffice: version,
      seed: SEED,
      cases: results,
    };
    fs.writeFileSync(OUT, `${JSON.stringify(fixture, null, 2)}\n`);
    console.log(`Wrote ${results.length} cases from ${version} to ${path.relative(process.cwd(), OUT)}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
