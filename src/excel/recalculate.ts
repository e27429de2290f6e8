/**
 * Recalculates every formula in the workbook, in one round trip. Used after the catalogue
 * changes, so KPI.STATUS cells (which Excel does not know depend on the catalogue) answer again.
 * Cost: a full recalculation, as Ctrl+Alt+F9, once per change of catalogue; never on a timer.
 * Source: Office.js Application.calculate(Excel.CalculationType.full), ExcelApi 1.1.
 */
export async function recalculateWorkbook(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}
