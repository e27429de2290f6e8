import type { Finding } from "../core/validation/findings";
import {
  cellKey,
  highlightTargets,
  parseSavedHighlights,
  planHighlights,
  type CellFill,
  type HighlightTarget,
} from "./highlight-plan";
import { SETTING_KEYS } from "./limits";
import { loadSetting, settingText } from "./settings";

/**
 * Colours finding cells (errors and fatal #FFC7CE, warnings #FFEB9C, info not at all) and
 * remembers each cell's previous fill in the workbook setting "scorecardKit.highlights", so
 * clearHighlights can put it back exactly — after the pane is reloaded too. Cells highlighted
 * earlier that no finding points at any more are restored at the same time.
 * Three syncs however many findings: sheet names + saved highlights; every involved cell's fill;
 * all writes and the setting.
 */
export async function highlightFindings(run: typeof Excel.run, findings: readonly Finding[]): Promise<void> {
  await applyHighlights(run, highlightTargets(findings));
}

/**
 * Gives every highlighted cell its previous fill back (`fill.clear()` when it had none) and deletes
 * the setting. A cell the user has recoloured since is left as the user made it.
 * One sync when nothing is highlighted, else three.
 */
export async function clearHighlights(run: typeof Excel.run): Promise<void> {
  await applyHighlights(run, []);
}

async function applyHighlights(run: typeof Excel.run, targets: readonly HighlightTarget[]): Promise<void> {
  await run(async (context) => {
    const setting = loadSetting(context, SETTING_KEYS.highlights);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();

    const saved = parseSavedHighlights(settingText(setting));
    if (saved.length === 0 && targets.length === 0) {
      if (!setting.isNullObject) {
        setting.delete();
        await context.sync();
      }
      return;
    }
    const sheets = new Map(worksheets.items.map((sheet) => [sheet.name.toLowerCase(), sheet]));
    const fills = new Map<string, Excel.RangeFill>();
    for (const cell of [...saved, ...targets]) {
      const key = cellKey(cell.sheet, cell.address);
      const sheet = sheets.get(cell.sheet.toLowerCase());
      if (sheet === undefined || fills.has(key)) continue;
      fills.set(key, sheet.getRange(cell.address).format.fill.load("color,pattern,patternColor"));
    }
    await context.sync();

    const current = new Map<string, CellFill>();
    fills.forEach((fill, key) =>
      current.set(key, {
        color: String(fill.color ?? ""),
        pattern: String(fill.pattern ?? ""),
        patternColor: String(fill.patternColor ?? ""),
      }),
    );
    const actions = planHighlights(saved, targets, current);
    for (const cell of actions.paint) {
      const fill = fills.get(cellKey(cell.sheet, cell.address));
      if (fill !== undefined) fill.color = cell.colour;
    }
    for (const cell of actions.restore) {
      const fill = fills.get(cellKey(cell.sheet, cell.address));
      if (fill === undefined) continue;
      if (cell.previous === null) {
        fill.clear();
      } else {
        fill.color = cell.previous.color;
        if (cell.previous.pattern !== "Solid") {
          fill.pattern = cell.previous.pattern as Excel.FillPattern;
          fill.patternColor = cell.previous.patternColor;
        }
      }
    }
    if (actions.saved.length > 0)
      context.workbook.settings.add(SETTING_KEYS.highlights, JSON.stringify(actions.saved));
    else if (!setting.isNullObject) setting.delete();
    await context.sync();
  });
}
