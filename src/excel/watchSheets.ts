/// <reference types="office-js" />
/**
 * Live mode: calls back when the user edits one of the watched sheets (ExcelApi 1.7
 * worksheet.onChanged). Changes made while the adapter writes are ignored.
 */
import type { ExcelApi } from './runExcel';
import type { SyncCounter } from './syncCounter';
import type { WriteGuard } from './writeGuard';

/** Registers the handlers (one sync) and returns a function that removes them again. */
export async function watchSheetChanges(
  context: Excel.RequestContext,
  excel: ExcelApi,
  sheets: string[],
  onChange: (sheet: string) => void,
  guard: WriteGuard,
  counter: SyncCounter,
): Promise<() => Promise<void>> {
  const handlers = sheets.map((name) =>
    context.workbook.worksheets.getItem(name).onChanged.add(async () => {
      if (!guard.isWriting()) onChange(name);
    }),
  );
  counter.count += 1;
  await context.sync();
  return async () => {
    if (handlers.length === 0) return;
    await excel.run(handlers[0].context, async (removal) => {
      for (const handler of handlers) handler.remove();
      await removal.sync();
    });
  };
}
