/**
 * The preview's use of the meta sheet `_Samenwerkingstoets`, through the core's ownership
 * helpers and the exceljs adapter, in the same rows the Excel adapter writes: so settings and
 * scenarios saved in the preview open in Excel, and the other way round.
 */
import type ExcelJS from 'exceljs';
import type { Scenario } from '../core/hostPort';
import { readMetaEntries, writeMetaEntries } from '../core/ownership';
import type { InstellingenOverrides } from '../core/types';
import { readMetaGrid, writeMetaSheet } from '../xlsx/workbookSheets';
import { PreviewHostError } from './previewHostError';

const INSTELLINGEN_KEY = 'instellingen';

function parseJson<T>(text: string, wat: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new PreviewHostError(`De opgeslagen ${wat} in het verborgen blad _Samenwerkingstoets zijn beschadigd.`, { cause });
  }
}

/**
 * Names of the sheets the add-in made, lower-cased. Read from the raw 'blad' rows rather than
 * `readOwnershipMeta`, which only knows the five result keys: the scenario sheet is ours too.
 */
export function readOwnedSheetNames(workbook: ExcelJS.Workbook): Set<string> {
  const grid = readMetaGrid(workbook) ?? [];
  return new Set(grid.filter((row) => row[0] === 'blad' && typeof row[2] === 'string').map((row) => String(row[2]).toLowerCase()));
}

/** The pane's stored settings, or null when none were saved. */
export function loadInstellingen(workbook: ExcelJS.Workbook): InstellingenOverrides | null {
  const entry = readMetaEntries(readMetaGrid(workbook), 'instellingen').find((e) => e.key === INSTELLINGEN_KEY);
  return entry ? parseJson<InstellingenOverrides>(entry.value, 'instellingen') : null;
}

/** Stores the pane's settings, keeping every other row of the meta sheet. */
export function saveInstellingen(workbook: ExcelJS.Workbook, instellingen: InstellingenOverrides): void {
  const entries = [{ key: INSTELLINGEN_KEY, value: JSON.stringify(instellingen) }];
  writeMetaSheet(workbook, writeMetaEntries(readMetaGrid(workbook), 'instellingen', entries));
}

/** The saved scenarios, in the order they were saved. */
export function loadScenarios(workbook: ExcelJS.Workbook): Scenario[] {
  return readMetaEntries(readMetaGrid(workbook), 'scenario').map((e) => parseJson<Scenario>(e.value, 'scenario’s'));
}

/** Replaces the saved scenarios. */
export function saveScenarios(workbook: ExcelJS.Workbook, scenarios: Scenario[]): void {
  const entries = scenarios.map((s) => ({ key: s.naam, value: JSON.stringify(s) }));
  writeMetaSheet(workbook, writeMetaEntries(readMetaGrid(workbook), 'scenario', entries));
}
