import { checkWorkbook } from "../../src/core/engine";
import type { Finding } from "../../src/core/validation/findings";
import {
  DEFAULT_FILTER,
  errorText,
  failureText,
  filterFindings,
  findingPlace,
  findingTarget,
  groupBySeverity,
} from "../../src/pane/use-cases";
import { exampleSnapshot } from "./fake-port";
import { DIRECTORATE_COUNTS } from "../support/example-counts";

let findings: readonly Finding[];
beforeAll(async () => {
  findings = checkWorkbook(await exampleSnapshot()).report.findings;
});

describe("filtering findings", () => {
  test("the default filter hides info, as the CLI's text report does: 3 errors + 19 warnings", () => {
    expect(filterFindings(findings, DEFAULT_FILTER)).toHaveLength(22);
  });

  test("every word must match somewhere in place, code or message, ignoring case", () => {
    const all = {
      text: "d4 RAG/mismatch",
      severities: new Set(["fatal", "error", "warning", "info"] as const),
    };
    const hits = filterFindings(findings, all);
    expect(hits.map(findingPlace)).toEqual(["Scorecard Q2!D4"]);
    expect(filterFindings(findings, { ...all, text: "commentary/missing" })).toHaveLength(4);
    expect(filterFindings(findings, { ...all, text: "no such words here" })).toEqual([]);
  });

  test("severities not ticked are left out", () => {
    expect(filterFindings(findings, { text: "", severities: new Set(["error"] as const) })).toHaveLength(3);
    expect(filterFindings(findings, { text: "", severities: new Set() })).toEqual([]);
  });

  test("groups come most severe first, without empty groups", () => {
    const groups = groupBySeverity(findings);
    expect(groups.map((g) => [g.severity, g.findings.length])).toEqual([
      ["error", DIRECTORATE_COUNTS.error],
      ["warning", DIRECTORATE_COUNTS.warning],
      ["info", DIRECTORATE_COUNTS.info],
    ]);
  });

  test("targets: a cell finding goes to its cell, a sheet finding to A1, a file finding nowhere", () => {
    const cell = findings.find((f) => f.cell === "D4");
    const sheet = findings.find((f) => f.code === "sheet/no-scorecard");
    const file = findings.find((f) => f.code === "indicator/missing");
    expect(cell && findingTarget(cell)).toEqual({ sheet: "Scorecard Q2", address: "D4" });
    expect(sheet && findingTarget(sheet)).toEqual({ sheet: "Notes", address: "A1" });
    expect(file && findingTarget(file)).toBeUndefined();
    expect(file && findingPlace(file)).toBe("");
  });
});

describe("errorText", () => {
  test.each([
    [new Error("Sheet gone."), "Sheet gone."],
    ["plain text", "plain text"],
    [{ message: "Office error" }, "Office error"],
    [undefined, "unknown error"],
    [new Error(""), "unknown error"],
  ])("%p -> %p", (error, text) => {
    expect(errorText(error)).toBe(text);
  });
});

describe("failureText: a bug is told apart from Office or the user's input", () => {
  test("an Error we or Office threw on purpose is shown as it is, and not logged", () => {
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      expect(failureText(new Error("The sheet was deleted."))).toBe("The sheet was deleted.");
      expect(failureText({ message: "Office error", code: "ItemNotFound" })).toBe("Office error");
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  test("a TypeError from our code says it is a bug and logs the error with its stack", () => {
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const bug = new TypeError("Cannot read properties of undefined (reading 'sheets')");
    try {
      expect(failureText(bug)).toBe(
        "Something went wrong inside Scorecard Kit (a bug, not a problem with your workbook): Cannot read properties of undefined (reading 'sheets'). Please report it; the details are in the browser console.",
      );
      expect(logged).toHaveBeenCalledWith("Scorecard Kit: unexpected error.", bug);
    } finally {
      logged.mockRestore();
    }
  });
});
