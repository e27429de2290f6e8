/**
 * Workbook settings (`context.workbook.settings`, ExcelApi 1.4): key/value pairs saved inside the
 * workbook file for this add-in, so they travel with the workbook and survive reloading the pane.
 * Values are stored as JSON text written by this add-in.
 */

/** Queues loading one setting; read it with `settingText` after the next sync. */
export function loadSetting(context: Excel.RequestContext, key: string): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(key).load("value");
}

/**
 * The text of a loaded setting, or undefined when there is none. A value that is not text
 * (set by an older version or by hand) is turned into JSON text.
 */
export function settingText(setting: Excel.Setting): string | undefined {
  if (setting.isNullObject) return undefined;
  const value: unknown = setting.value;
  if (value === null || value === undefined) return undefined;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Reads one setting's text (1 sync). */
export async function readSetting(run: typeof Excel.run, key: string): Promise<string | undefined> {
  return run(async (context) => {
    const setting = loadSetting(context, key);
    await context.sync();
    return settingText(setting);
  });
}

/** Writes one setting's text (1 sync); Office saves it with the workbook. */
export async function writeSetting(run: typeof Excel.run, key: string, text: string): Promise<void> {
  await run(async (context) => {
    context.workbook.settings.add(key, text);
    await context.sync();
  });
}
