/**
 * `summarize` writes through a temporary file. Before, its name was predictable
 * (".<output>.<pid>.tmp") and it was opened following links, so a symbolic link planted at
 * that name made the write land in whatever the link pointed at: the input workbook. Now the
 * name is random and the file is created with "wx" (fails if anything is there, links
 * included), so a planted link is never followed. In-process (the PID is this process's).
 */
import { createHash } from "crypto";
import type { Mode, OpenMode, PathLike } from "fs";
import * as path from "path";

// The module object itself (not an import wrapper), so a spy on it is what io.ts calls.
const fs = jest.requireActual<typeof import("fs")>("fs");
import { main } from "../../src/cli/main";
import { writeFileSafely } from "../../src/cli/io";
import type { Output } from "../../src/cli/output";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx";
import { SUMMARY_SHEETS } from "../../src/core/summary";
import * as W from "../support/workbooks";

const sha256 = (file: string): string => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
/** The temporary name the old writer used, in the output's folder. */
const oldTemporary = (output: string): string =>
  path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.tmp`);
const symlinksWork = (() => {
  const dir = W.makeTempDir("scorecard-symlink-probe-");
  try {
    fs.symlinkSync(path.join(dir, "target"), path.join(dir, "link"));
    return true;
  } catch {
    return false;
  } finally {
    W.removeTempDir(dir);
  }
})();
const withSymlinks = symlinksWork ? it : it.skip;

const quiet: Output = { result: () => undefined, progress: () => undefined, error: () => undefined };

let dir: string;
beforeEach(() => {
  dir = W.makeTempDir("scorecard-safe-write-");
});
afterEach(() => {
  jest.restoreAllMocks();
  W.removeTempDir(dir);
});

/** Records the paths opened with "wx" (the temporary files), calling the real openSync. */
function spyOnExclusiveOpens(): string[] {
  const opened: string[] = [];
  const real = fs.openSync;
  jest.spyOn(fs, "openSync").mockImplementation(((file: PathLike, flags?: OpenMode, mode?: Mode | null) => {
    if (flags === "wx") opened.push(String(file));
    return real(file, flags ?? "r", mode);
  }) as typeof fs.openSync);
  return opened;
}

describe("summarize with a symbolic link planted at the temporary path", () => {
  withSymlinks(
    "the link is not followed: the input's bytes are unchanged and the summary is written",
    async () => {
      const input = await W.writeWorkbook(dir, "input.xlsx", [W.scorecardSheet()]);
      const catalogue = W.writeCatalogue(dir);
      const output = path.join(dir, "out.xlsx");
      fs.symlinkSync(input, oldTemporary(output));
      const before = sha256(input);

      const code = await main(
        ["node", "scorecard", "summarize", input, "--catalogue", catalogue, "-o", output],
        quiet,
      );

      expect(code).toBe(0);
      expect(sha256(input)).toBe(before);
      // The planted link is left alone (still a link to the input), and out.xlsx is a new file, not the link.
      expect(fs.readlinkSync(oldTemporary(output))).toBe(input);
      expect(fs.lstatSync(output).isSymbolicLink()).toBe(false);
      const read = await readWorkbookSnapshot(fs.readFileSync(output), output);
      if (!read.ok) throw new Error(read.reason);
      expect(read.snapshot.sheets.map((s) => s.name)).toEqual([
        SUMMARY_SHEETS.summary,
        SUMMARY_SHEETS.exceptions,
        SUMMARY_SHEETS.validation,
      ]);
      // No temporary file of ours is left behind.
      expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([
        path.basename(oldTemporary(output)),
      ]);
    },
  );

  withSymlinks(
    "writeFileSafely alone: a link at the old name is not followed, the data lands in the target",
    () => {
      const input = path.join(dir, "input.xlsx");
      fs.writeFileSync(input, "the input workbook");
      const output = path.join(dir, "out.xlsx");
      fs.symlinkSync(input, oldTemporary(output));
      expect(
        writeFileSafely(output, new TextEncoder().encode("the summary"), { force: false, protect: [input] }),
      ).toEqual({ ok: true });
      expect(fs.readFileSync(input, "utf8")).toBe("the input workbook");
      expect(fs.readFileSync(output, "utf8")).toBe("the summary");
    },
  );
});

describe("the temporary file's name", () => {
  it("is random: two writes of the same target use different names, each opened with 'wx' beside the target", () => {
    const opened = spyOnExclusiveOpens();
    const output = path.join(dir, "out.xlsx");
    expect(writeFileSafely(output, new Uint8Array([1]), { force: false, protect: [] })).toEqual({ ok: true });
    expect(writeFileSafely(output, new Uint8Array([2]), { force: true, protect: [] })).toEqual({ ok: true });
    expect(opened).toHaveLength(2);
    expect(opened[0]).not.toBe(opened[1]);
    for (const file of opened) {
      expect(path.dirname(file)).toBe(dir);
      expect(path.basename(file)).toMatch(/^\.out\.xlsx\.[0-9a-f]{24}\.tmp$/);
      expect(file).not.toBe(oldTemporary(output));
    }
    expect([...fs.readFileSync(output)]).toEqual([2]);
  });

  withSymlinks(
    "if a link is somehow at the random name too, 'wx' refuses it and another name is tried",
    () => {
      const input = path.join(dir, "input.xlsx");
      fs.writeFileSync(input, "the input workbook");
      const output = path.join(dir, "out.xlsx");
      // Plant a link at the first name the writer will choose, by creating it when the writer asks for it.
      const real = fs.openSync;
      const opened: string[] = [];
      jest.spyOn(fs, "openSync").mockImplementation(((
        file: PathLike,
        flags?: OpenMode,
        mode?: Mode | null,
      ) => {
        if (flags === "wx" && opened.length === 0) fs.symlinkSync(input, String(file));
        if (flags === "wx") opened.push(String(file));
        return real(file, flags ?? "r", mode);
      }) as typeof fs.openSync);
      expect(
        writeFileSafely(output, new TextEncoder().encode("the summary"), { force: true, protect: [input] }),
      ).toEqual({ ok: true });
      expect(opened).toHaveLength(2);
      expect(fs.readFileSync(input, "utf8")).toBe("the input workbook");
      expect(fs.readFileSync(output, "utf8")).toBe("the summary");
      expect(fs.lstatSync(opened[0]!).isSymbolicLink()).toBe(true);
    },
  );
});

describe("failures and the --force rule", () => {
  it("a failed rename removes the temporary file and says why", () => {
    const output = path.join(dir, "out.xlsx");
    fs.mkdirSync(output); // a folder where the file should go: the rename fails
    const result = writeFileSafely(output, new Uint8Array([1]), { force: true, protect: [] });
    expect(result.ok).toBe(false);
    const reason = result.ok ? "" : result.reason;
    expect(reason.startsWith(`${output} could not be written (`)).toBe(true);
    expect(reason).toMatch(/could not be written \(E[A-Z]+\)\.$/);
    expect(fs.readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("without --force an existing output is kept, and nothing is left behind", () => {
    const output = path.join(dir, "out.xlsx");
    fs.writeFileSync(output, "keep me");
    expect(writeFileSafely(output, new Uint8Array([1]), { force: false, protect: [] })).toEqual({
      ok: false,
      reason: `${output} already exists and was kept. Use --force to replace it, or -o to choose another name.`,
    });
    expect(fs.readFileSync(output, "utf8")).toBe("keep me");
    expect(fs.readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  withSymlinks("an output that is a link to the input is the input: refused even with --force", () => {
    const input = path.join(dir, "input.xlsx");
    fs.writeFileSync(input, "the input workbook");
    const output = path.join(dir, "link.xlsx");
    fs.symlinkSync(input, output);
    expect(writeFileSafely(output, new Uint8Array([1]), { force: true, protect: [input] })).toEqual({
      ok: false,
      reason: `${output} is the input workbook; Scorecard Kit never writes over its input. Choose another output with -o.`,
    });
    expect(fs.readFileSync(input, "utf8")).toBe("the input workbook");
  });
});
