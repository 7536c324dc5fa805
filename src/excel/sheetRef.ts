/// <reference types="office-js" />
/**
 * Steps are built before they are queued, but a sheet added by an earlier step only exists as
 * a proxy once that step runs. A SheetRef resolves the proxy on first use and keeps it.
 */

export type SheetRef = () => Excel.Worksheet;

/** A SheetRef that calls `resolve` once, when a step first needs the sheet. */
export function lazySheet(resolve: () => Excel.Worksheet): SheetRef {
  let sheet: Excel.Worksheet | undefined;
  return () => {
    sheet ??= resolve();
    return sheet;
  };
}
