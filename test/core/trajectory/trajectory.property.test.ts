import fc from "fast-check";
import {
  curveAnalysis,
  curveStatus,
  expectedOnTrajectory,
  fitLine,
  forecastLinear,
  onTrackStatus,
  periodPosition,
  readPeriod,
} from "../../../src/core/trajectory";
import { CURVE_RESULTS, ON_TRACK_STATUSES, POLARITIES, TOLERANCE_MODES } from "../../../src/core/words";

const anyNumber = fc.oneof(
  fc.double(),
  fc.constant(NaN),
  fc.constant(Infinity),
  fc.constant(-Infinity),
  fc.constant(0),
  fc.integer({ min: -1000, max: 1000 }),
);
const maybeNumber = fc.oneof(anyNumber, fc.constant(null));
const series = fc.array(maybeNumber, { maxLength: 30 });
const modest = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(null));

describe("trajectory: random input never throws and gives one of the documented answers", () => {
  test("readPeriod and periodPosition accept anything", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), anyNumber, fc.date()), (label) => {
        const reading = readPeriod(label);
        expect(periodPosition(label)).toBe(reading?.position);
        if (reading) expect(Number.isFinite(reading.position)).toBe(true);
      }),
    );
  });

  test("every financial year, quarter and month lands between the start and the end of its year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 4 }), (year, quarter) => {
        const label = `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
        const fy = periodPosition(label)!;
        const q = periodPosition(`Q${quarter} ${label}`)!;
        expect(fy).toBe(year + 1.25);
        expect(q).toBeGreaterThan(fy - 1);
        expect(q).toBeLessThanOrEqual(fy);
      }),
    );
  });

  test("onTrackStatus and expectedOnTrajectory", () => {
    fc.assert(
      fc.property(
        maybeNumber,
        maybeNumber,
        maybeNumber,
        fc.option(anyNumber, { nil: undefined }),
        fc.option(anyNumber, { nil: undefined }),
        fc.option(anyNumber, { nil: undefined }),
        fc.constantFrom(...POLARITIES),
        fc.option(anyNumber, { nil: undefined }),
        fc.option(fc.constantFrom(...TOLERANCE_MODES), { nil: undefined }),
        (actual, baseline, target, start, end, now, polarity, tolerance, toleranceMode) => {
          const input = { actual, baseline, target, start, end, now, polarity, tolerance, toleranceMode };
          expect(ON_TRACK_STATUSES).toContain(onTrackStatus(input));
          const expected = expectedOnTrajectory(input);
          if (expected !== undefined && Number.isFinite(baseline) && Number.isFinite(target)) {
            // The expected value lies between the baseline and the target.
            expect(expected).toBeGreaterThanOrEqual(Math.min(baseline!, target!) - 1e-9 * Math.abs(target!));
            expect(expected).toBeLessThanOrEqual(Math.max(baseline!, target!) + 1e-9 * Math.abs(target!));
          }
        },
      ),
    );
  });

  test("fitLine and forecastLinear", () => {
    fc.assert(
      fc.property(series, fc.oneof(anyNumber, fc.integer({ min: 1, max: 10 })), (values, ahead) => {
        const fit = fitLine(values);
        if (fit) expect(Number.isFinite(fit.slope) && Number.isFinite(fit.intercept)).toBe(true);
        const forecasts = forecastLinear(values, ahead);
        if (forecasts) {
          expect(forecasts).toHaveLength(ahead);
          for (const f of forecasts) expect(Number.isFinite(f)).toBe(true);
        }
      }),
    );
  });

  test("a forecast of a straight line continues it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 2, max: 20 }),
        fc.integer({ min: 1, max: 5 }),
        (intercept, slope, length, ahead) => {
          const values = Array.from({ length }, (_, i) => intercept + slope * (i + 1));
          const forecasts = forecastLinear(values, ahead)!;
          forecasts.forEach((f, k) => expect(f).toBeCloseTo(intercept + slope * (length + k + 1), 6));
        },
      ),
    );
  });

  test("curveStatus and curveAnalysis", () => {
    fc.assert(
      fc.property(
        fc.oneof(series, fc.array(modest, { maxLength: 30 })),
        fc.oneof(anyNumber, fc.integer({ min: 0, max: 32 })),
        fc.constantFrom("higher" as const, "lower" as const),
        (values, index, polarity) => {
          const analysis = curveAnalysis(values, index, polarity);
          expect(CURVE_RESULTS).toContain(analysis.result);
          expect(curveStatus(values, index, polarity)).toBe(analysis.result);
          for (const point of analysis.after) expect(point.lower).toBeLessThanOrEqual(point.upper);
        },
      ),
    );
  });

  test("turning the curve is symmetric: mirrored values with the other polarity give the same answer", () => {
    fc.assert(
      fc.property(fc.array(modest, { maxLength: 20 }), fc.integer({ min: 1, max: 21 }), (values, index) => {
        const mirrored = values.map((v) => (v === null ? null : -v));
        expect(curveStatus(mirrored, index, "lower")).toBe(curveStatus(values, index, "higher"));
      }),
    );
  });
});
