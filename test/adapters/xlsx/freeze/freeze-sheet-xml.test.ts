/**
 * freezeSheetXml on hand-written worksheet XML: which cells lose their formula, the exact text
 * of each rewritten cell, and what is reported for cells that keep theirs.
 */
import { freezeSheetXml, type SheetFreezeOptions } from "../../../../src/adapters/xlsx/freeze";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A worksheet part holding these rows (already XML). */
const sheet = (rows: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><dimension ref="A1:F9"/><sheetData>${rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

/** The sheetData of a frozen part, for short comparisons. */
const dataOf = (xml: string): string => /<sheetData>([\s\S]*)<\/sheetData>/.exec(xml)?.[1] ?? "";

const freeze = (rows: string, options: Partial<SheetFreezeOptions> = {}) => {
  const result = freezeSheetXml(sheet(rows), { sheetName: "Q2 Scorecard", ...options });
  return { ...result, data: dataOf(result.xml) };
};

const REDO =
  "Open the workbook in Excel with Scorecard Kit loaded, recalculate (Ctrl+Alt+F9), save, and freeze again.";

describe("cells that are frozen", () => {
  it("a text result becomes an inline string with the same escaped text", () => {
    const result = freeze(
      `<row r="5"><c r="E5" s="4" t="str"><f>KPI.RAG(D5,C5)</f><v>Green &amp; &lt;ok&gt;</v></c></row>`,
    );
    expect(result.data).toBe(
      `<row r="5"><c r="E5" s="4" t="inlineStr"><is><t xml:space="preserve">Green &amp; &lt;ok&gt;</t></is></c></row>`,
    );
    expect(result.frozen).toBe(1);
    expect(result.kept).toEqual([]);
  });

  it("the saved form _xldudf_KPI_… is recognised; a number keeps its <v> and the cell's other attributes", () => {
    const result = freeze(`<row r="5"><c r="F5" s="3"><f>_xldudf_KPI_GAP(D5,C5)</f><v>0.05</v></c></row>`);
    expect(result.data).toBe(`<row r="5"><c r="F5" s="3"><v>0.05</v></c></row>`);
  });

  it('booleans keep t="b"; a lower-case call and escaped operators are still calls', () => {
    const result = freeze(
      `<row r="2"><c r="B2" t="b"><f>IF(A2&lt;&gt;&quot;&quot;,kpi.status(A2)=&quot;OK&quot;,FALSE)</f><v>1</v></c></row>`,
    );
    expect(result.data).toBe(`<row r="2"><c r="B2" t="b"><v>1</v></c></row>`);
  });

  it("namespace prefixes are kept on every element, including the new inline string", () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="5"><x:c r="E5" t="str"><x:f>KPI.RAG(D5,C5)</x:f><x:v>Green</x:v></x:c><x:c r="F5"><x:f>_xldudf_KPI_GAP(D5,C5)</x:f><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(freezeSheetXml(xml, { sheetName: "S" }).xml).toBe(
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="5"><x:c r="E5" t="inlineStr"><x:is><x:t xml:space="preserve">Green</x:t></x:is></x:c><x:c r="F5"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    );
  });

  it("attribute order, quotes, vm and other content stay; cm (dynamic-array metadata) goes", () => {
    const result = freeze(
      `<row r="5"><c s='7' t='str' r='E5' cm="1" vm="2"><f aca="false">KPI.BAND(D5)</f><v>Top</v><extLst><ext uri="{X}"/></extLst></c></row>`,
    );
    expect(result.data).toBe(
      `<row r="5"><c s='7' t='inlineStr' r='E5' vm="2"><is><t xml:space="preserve">Top</t></is><extLst><ext uri="{X}"/></extLst></c></row>`,
    );
  });

  it('an empty text result (t="str" with an empty <v>) is the empty text, not a missing value', () => {
    const result = freeze(
      `<row r="5"><c r="E5" t="str"><f>KPI.RAG(D5,C5)</f><v></v></c><c r="F5" t="str"><f>KPI.RAG(D5,C5)</f><v/></c></row>`,
    );
    expect(result.data).toBe(
      `<row r="5"><c r="E5" t="inlineStr"><is><t xml:space="preserve"></t></is></c><c r="F5" t="inlineStr"><is><t xml:space="preserve"></t></is></c></row>`,
    );
  });

  it("a shared formula whose every cell has a value is frozen whole", () => {
    const result = freeze(
      `<row r="5"><c r="E5" t="str"><f t="shared" ref="E5:E7" si="0">KPI.RAG(D5,C5)</f><v>Green</v></c></row>` +
        `<row r="6"><c r="E6" t="str"><f t="shared" si="0"/><v>Red</v></c></row>` +
        `<row r="7"><c r="E7" t="str"><f t="shared" si="0"></f><v>Amber</v></c></row>`,
    );
    expect(result.frozen).toBe(3);
    expect(result.data).toBe(
      `<row r="5"><c r="E5" t="inlineStr"><is><t xml:space="preserve">Green</t></is></c></row>` +
        `<row r="6"><c r="E6" t="inlineStr"><is><t xml:space="preserve">Red</t></is></c></row>` +
        `<row r="7"><c r="E7" t="inlineStr"><is><t xml:space="preserve">Amber</t></is></c></row>`,
    );
  });

  it("an array formula loses <f> and cm on its first cell; text results in its range become inline strings", () => {
    const result = freeze(
      `<row r="1"><c r="A1" cm="1" t="str"><f t="array" ref="A1:B2">KPI.SPCLIMITS(D1:D20)</f><v>Value</v></c><c r="B1" t="str"><v>Mean</v></c><c r="C1" t="str"><v>outside</v></c></row>` +
        `<row r="2"><c r="A2"><v>10</v></c><c r="B2"><v>12</v></c></row>`,
    );
    expect(result.frozen).toBe(1);
    expect(result.data).toBe(
      `<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">Value</t></is></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">Mean</t></is></c><c r="C1" t="str"><v>outside</v></c></row>` +
        `<row r="2"><c r="A2"><v>10</v></c><c r="B2"><v>12</v></c></row>`,
    );
  });

  it("a formula that uses a defined name calling the functions is frozen too", () => {
    const result = freeze(
      `<row r="3"><c r="C3"><f>MyRag*2</f><v>4</v></c><c r="D3"><f>MyRagged*2</f><v>4</v></c></row>`,
      {
        addInNames: new Set(["MYRAG"]),
      },
    );
    expect(result.data).toBe(
      `<row r="3"><c r="C3"><v>4</v></c><c r="D3"><f>MyRagged*2</f><v>4</v></c></row>`,
    );
  });
});

describe("cells that are left alone", () => {
  it("formulas that do not call the functions, and a call inside a string literal, are untouched (the same string)", () => {
    const rows =
      `<row r="1"><c r="A1"><f>SUM(B1:B3)</f><v>6</v></c><c r="B1" t="str"><f>&quot;KPI.RAG(&quot;&amp;A1</f><v>KPI.RAG(6</v></c>` +
      `<c r="C1" t="s"><v>0</v></c><c r="D1" s="2"/></row>`;
    const xml = sheet(rows);
    const result = freezeSheetXml(xml, { sheetName: "S" });
    expect(result).toEqual({ xml, frozen: 0, kept: [] });
    expect(result.xml).toBe(xml);
  });

  it("only <c> elements inside sheetData are looked at; the rest of the part keeps its characters", () => {
    const xml =
      `<worksheet xmlns="${MAIN}"><sheetPr codeName="c"/><sheetData><row r="1"><c r="A1" t="str"><f>KPI.RAG(1,2)</f><v>Red</v></c></row></sheetData>` +
      `<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>KPI.RAG(1,2)="Red"</formula></cfRule></conditionalFormatting></worksheet>`;
    expect(freezeSheetXml(xml, { sheetName: "S" }).xml).toBe(
      `<worksheet xmlns="${MAIN}"><sheetPr codeName="c"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">Red</t></is></c></row></sheetData>` +
        `<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>KPI.RAG(1,2)="Red"</formula></cfRule></conditionalFormatting></worksheet>`,
    );
  });

  it("an empty sheet, or one without sheetData, is returned as it is", () => {
    for (const xml of [
      `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`,
      `<worksheet xmlns="${MAIN}"/>`,
      "not xml",
    ])
      expect(freezeSheetXml(xml, { sheetName: "S" })).toEqual({ xml, frozen: 0, kept: [] });
  });

  it("data tables are frozen only with allFormulas", () => {
    const rows = `<row r="2"><c r="B2"><f t="dataTable" ref="B2:C3" dt2D="1" dtr="1" r1="A1" r2="A2"/><v>5</v></c></row>`;
    expect(freeze(rows).frozen).toBe(0);
    const all = freeze(rows, { allFormulas: true });
    expect(all.data).toBe(`<row r="2"><c r="B2"><v>5</v></c></row>`);
  });
});

describe("cells kept as formulas, and why", () => {
  it("#NAME?, another error and a missing value each keep the formula and say what to do", () => {
    const rows =
      `<row r="5"><c r="E5" t="e"><f>_xldudf_KPI_RAG(D5,C5)</f><v>#NAME?</v></c>` +
      `<c r="F5" t="e"><f>KPI.GAP(D5,C5)</f><v>#VALUE!</v></c>` +
      `<c r="G5"><f>KPI.DIRECTION(B5:D5)</f></c>` +
      `<c r="H5"><f>KPI.BAND(D5)</f><v/></c></row>`;
    const result = freeze(rows);
    expect(result.frozen).toBe(0);
    expect(result.xml).toBe(sheet(rows));
    expect(result.kept).toEqual([
      {
        kind: "name-error",
        sheet: "Q2 Scorecard",
        cell: "E5",
        formula: "=KPI.RAG(D5,C5)",
        value: "#NAME?",
        problem:
          "It showed #NAME? when last calculated: KPI.RAG was unknown, so it was calculated without Scorecard Kit.",
        action: REDO,
      },
      {
        kind: "error-value",
        sheet: "Q2 Scorecard",
        cell: "F5",
        formula: "=KPI.GAP(D5,C5)",
        value: "#VALUE!",
        problem: "The formula itself gives #VALUE!.",
        action:
          "Fix its inputs (or the formula) in Excel, recalculate (Ctrl+Alt+F9), save, and freeze again; an error left on purpose stays a formula.",
      },
      {
        kind: "no-value",
        sheet: "Q2 Scorecard",
        cell: "G5",
        formula: "=KPI.DIRECTION(B5:D5)",
        problem:
          "The file holds no calculated value for it: it was saved by a program that does not calculate, or never recalculated in Excel.",
        action: REDO,
      },
      expect.objectContaining({ kind: "no-value", cell: "H5", formula: "=KPI.BAND(D5)" }),
    ]);
  });

  it("a shared formula with one bad cell is kept whole; the bad cell is reported with its own formula", () => {
    const rows =
      `<row r="5"><c r="E5" t="str"><f t="shared" ref="E5:E7" si="3">KPI.RAG(D5,$C$5)</f><v>Green</v></c><c r="F5" t="str"><f>KPI.RAG(D5,C5)</f><v>Green</v></c></row>` +
      `<row r="6"><c r="E6" t="e"><f t="shared" si="3"/><v>#NAME?</v></c></row>` +
      `<row r="7"><c r="E7" t="str"><f t="shared" si="3"/><v>Red</v></c></row>`;
    const result = freeze(rows);
    expect(result.frozen).toBe(1);
    expect(result.data).toBe(
      `<row r="5"><c r="E5" t="str"><f t="shared" ref="E5:E7" si="3">KPI.RAG(D5,$C$5)</f><v>Green</v></c><c r="F5" t="inlineStr"><is><t xml:space="preserve">Green</t></is></c></row>` +
        `<row r="6"><c r="E6" t="e"><f t="shared" si="3"/><v>#NAME?</v></c></row>` +
        `<row r="7"><c r="E7" t="str"><f t="shared" si="3"/><v>Red</v></c></row>`,
    );
    expect(result.kept).toEqual([
      {
        kind: "name-error",
        sheet: "Q2 Scorecard",
        cell: "E6",
        formula: "=KPI.RAG(D6,$C$5)",
        value: "#NAME?",
        sharedFormula: "E5:E7",
        problem:
          "It showed #NAME? when last calculated: KPI.RAG was unknown, so it was calculated without Scorecard Kit. Excel saved E5:E7 as one shared formula, so its other cells are kept as formulas too.",
        action: REDO,
      },
    ]);
  });

  it("cells and rows without r get their address from their place; problems come in document order", () => {
    const rows =
      `<row><c/><c t="e"><f>KPI.RAG(1,2)</f><v>#N/A</v></c></row>` +
      `<row><c t="e"><f>KPI.RAG(1,2)</f><v>#NAME?</v></c></row>` +
      `<row r="9"><c r="C9"/><c><f>KPI.GAP(1,2)</f></c></row>`;
    expect(freeze(rows).kept.map((k) => [k.cell, k.kind])).toEqual([
      ["B1", "error-value"],
      ["A2", "name-error"],
      ["D9", "no-value"],
    ]);
  });

  it("with allFormulas, every formula is frozen, and an error in any of them is kept", () => {
    const rows = `<row r="1"><c r="A1"><f>SUM(B1:B3)</f><v>6</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C1" t="e"><f>NOSUCH(1)</f><v>#NAME?</v></c></row>`;
    const result = freeze(rows, { allFormulas: true });
    expect(result.data).toBe(
      `<row r="1"><c r="A1"><v>6</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C1" t="e"><f>NOSUCH(1)</f><v>#NAME?</v></c></row>`,
    );
    expect(result.kept.map((k) => [k.cell, k.formula, k.problem, k.action])).toEqual([
      ["B1", "=1/0", "The formula itself gives #DIV/0!.", expect.stringContaining("Fix its inputs")],
      [
        "C1",
        "=NOSUCH(1)",
        "It showed #NAME? when last calculated: a function or name in it was unknown.",
        "Correct the function or name it uses (or open it in Excel with the add-in that provides it), recalculate (Ctrl+Alt+F9), save, and freeze again.",
      ],
    ]);
  });
});

it("problems of shared formulas and of other cells come in document order, even when nothing is frozen", () => {
  const rows =
    `<row r="1"><c r="A1" t="e"><f t="shared" ref="A1:A2" si="0">KPI.RAG(B1,C1)</f><v>#NAME?</v></c><c r="B1" t="e"><f>KPI.GAP(1,2)</f><v>#NAME?</v></c></row>` +
    `<row r="2"><c r="A2" t="e"><f t="shared" si="0"/><v>#NAME?</v></c></row>`;
  const result = freezeSheetXml(sheet(rows), { sheetName: "S" });
  expect(result.frozen).toBe(0);
  expect(result.kept.map((k) => [k.cell, k.formula])).toEqual([
    ["A1", "=KPI.RAG(B1,C1)"],
    ["B1", "=KPI.GAP(1,2)"],
    ["A2", "=KPI.RAG(B2,C2)"],
  ]);
});
