/// <reference types="office-js" />
/**
 * The same adapter driven through office-addin-mock (Microsoft's mock of the Office.js object
 * model). The mock data is typed against the real Excel interfaces with `satisfies MockOf<…>`,
 * so a misspelt member or a wrong argument type fails to compile.
 */
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose ESM-only
// dependencies jest (CommonJS) cannot load; the enum's values are stable strings.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));
import { createExcelHost } from '../../src/excel';
import type { ExcelApi } from '../../src/excel';

/** Members of T, each optional; methods keep their parameters, return types are left to the mock. */
type MockOf<T> = {
  [K in keyof T]?: T[K] extends (...args: infer A) => unknown ? (...args: A) => unknown : T[K] | object;
};

function mockWorkbook(calls: string[]) {
  const range = (address: string) =>
    ({ select: () => void calls.push(`select ${address}`) }) satisfies MockOf<Excel.Range>;
  const sheet = (name: string) =>
    ({
      activate: () => void calls.push(`activate ${name}`),
      getRange: (address?: string) => range(address ?? ''),
      onChanged: {
        add: (handler: (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>) => {
          calls.push(`watch ${name}`);
          void handler;
          return { remove: () => void calls.push(`unwatch ${name}`) };
        },
      },
    }) satisfies MockOf<Excel.Worksheet>;
  const worksheets = { getItem: (key: string) => sheet(key) } satisfies MockOf<Excel.WorksheetCollection>;
  return { worksheets } satisfies MockOf<Excel.Workbook>;
}

function mockExcel(calls: string[]): ExcelApi {
  const data = {
    context: { workbook: mockWorkbook(calls) },
    run: async function (this: { context: unknown }, ...args: unknown[]) {
      const batch = args[args.length - 1] as (context: unknown) => Promise<unknown>;
      return batch(this.context);
    },
  };
  return new OfficeMockObject(data) as unknown as ExcelApi;
}

describe('Excel adapter on office-addin-mock', () => {
  it('selectCell activates the sheet, then selects the cell', async () => {
    const calls: string[] = [];
    await createExcelHost({ excel: mockExcel(calls) }).selectCell('Kosten', 'D12');
    expect(calls).toEqual(['activate Kosten', 'select D12']);
  });

  it('watchSheets registers one handler per sheet and removes them all', async () => {
    const calls: string[] = [];
    const stop = await createExcelHost({ excel: mockExcel(calls) }).watchSheets(['Kosten', 'FTE'], () => undefined);
    expect(calls).toEqual(['watch Kosten', 'watch FTE']);
    await (stop as () => Promise<void>)();
    expect(calls).toEqual(['watch Kosten', 'watch FTE', 'unwatch Kosten', 'unwatch FTE']);
  });
});
