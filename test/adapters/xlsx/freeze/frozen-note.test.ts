/** customPropertiesWithNote: the three "frozen" properties in docProps/custom.xml, other properties kept. */
import { customPropertiesWithNote } from "../../../../src/adapters/xlsx/freeze";

const NOTE = { sourceName: "q2.xlsx", frozenAt: new Date("2026-12-02T10:00:00.456Z"), frozen: 24 };
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
const CP = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";

const ours = (first: number, prefix = "", vt = "vt:", declaration = ""): string =>
  `<${prefix}property fmtid="${FMTID}" pid="${first}" name="Scorecard Kit frozen from"><${vt}lpwstr${declaration}>q2.xlsx</${vt}lpwstr></${prefix}property>` +
  `<${prefix}property fmtid="${FMTID}" pid="${first + 1}" name="Scorecard Kit frozen on"><${vt}filetime${declaration}>2026-12-02T10:00:00Z</${vt}filetime></${prefix}property>` +
  `<${prefix}property fmtid="${FMTID}" pid="${first + 2}" name="Scorecard Kit formulas frozen"><${vt}i4${declaration}>24</${vt}i4></${prefix}property>`;

describe("customPropertiesWithNote", () => {
  it("writes a new part when there is none: pids 2, 3 and 4, the time to the second", () => {
    expect(customPropertiesWithNote(undefined, NOTE)).toBe(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${CP}" xmlns:vt="${VT}">${ours(2)}</Properties>`,
    );
  });

  it("keeps other properties as written and numbers the note after the highest pid", () => {
    const other =
      `<property fmtid="${FMTID}" pid="7" name="Owner"><vt:lpwstr>Ana</vt:lpwstr></property>` +
      `<property fmtid="${FMTID}" pid="3" name="Status"><vt:bool>true</vt:bool></property>`;
    expect(
      customPropertiesWithNote(`<Properties xmlns="${CP}" xmlns:vt="${VT}">${other}</Properties>`, NOTE),
    ).toBe(`<Properties xmlns="${CP}" xmlns:vt="${VT}">${other}${ours(8)}</Properties>`);
  });

  it("replaces an earlier note (any case) instead of adding a second one", () => {
    const earlier =
      `<property fmtid="${FMTID}" pid="2" name="Scorecard Kit frozen from"><vt:lpwstr>old.xlsx</vt:lpwstr></property>` +
      `<property fmtid="${FMTID}" pid="3" name="Owner"><vt:lpwstr>Ana</vt:lpwstr></property>` +
      `<property fmtid="${FMTID}" pid="4" name="scorecard kit FORMULAS frozen"><vt:i4>3</vt:i4></property>`;
    expect(
      customPropertiesWithNote(`<Properties xmlns="${CP}" xmlns:vt="${VT}">${earlier}</Properties>`, NOTE),
    ).toBe(
      `<Properties xmlns="${CP}" xmlns:vt="${VT}"><property fmtid="${FMTID}" pid="3" name="Owner"><vt:lpwstr>Ana</vt:lpwstr></property>${ours(4)}</Properties>`,
    );
  });

  it("uses the part's own prefixes, and declares vt where the part does not", () => {
    expect(
      customPropertiesWithNote(`<op:Properties xmlns:op="${CP}" xmlns:t="${VT}"></op:Properties>`, NOTE),
    ).toBe(`<op:Properties xmlns:op="${CP}" xmlns:t="${VT}">${ours(2, "op:", "t:")}</op:Properties>`);
    expect(customPropertiesWithNote(`<Properties xmlns="${CP}"/>`, NOTE)).toBe(
      `<Properties xmlns="${CP}">${ours(2, "", "vt:", ` xmlns:vt="${VT}"`)}</Properties>`,
    );
  });

  it("escapes the file name and drops characters XML cannot hold", () => {
    const text = customPropertiesWithNote(undefined, { ...NOTE, sourceName: "a&b <c> \"d\" 'e'\u0001.xlsx" });
    expect(text).toContain("<vt:lpwstr>a&amp;b &lt;c&gt; &quot;d&quot; &apos;e&apos;.xlsx</vt:lpwstr>");
  });

  it("gives undefined for a part with no Properties root", () => {
    expect(customPropertiesWithNote("<nonsense/>", NOTE)).toBeUndefined();
  });
});
