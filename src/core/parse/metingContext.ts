/**
 * Shared reading of Kosten and FTE rows: where a cell is, which taakveld a row belongs to,
 * and what a value cell holds.
 */
import { columnLetters, parseAddress } from '../cellAddress';
import type { CellValue, Issue, SheetGrid, Soort, TaakveldInfo, Waarneming } from '../types';
import { addWaarneming, type WaarnemingSchrijver } from '../waarnemingen';
import { scaleGetal } from './eenheid';
import { createExcelFoutIssue, createGeenGetalIssue, createNegatieveFteIssue, createTaakveldOntbreektIssue, type Plek } from './issues';
import { isTotaalLabel } from './kolomKoppen';
import { isBlank } from './normalizeKop';
import { parseGetal } from './parseGetal';
import type { TaakveldRegister } from './taakveldRegister';

export interface MetingContext {
  grid: SheetGrid;
  rol: 'kosten' | 'fte';
  register: TaakveldRegister;
  issues: Issue[];
  /** Multiplier from the sheet's unit; 1 for FTE. */
  eenheid: number;
  /** Where the observations go. */
  uit: WaarnemingSchrijver;
  /** Absolute 0-based row and column of the grid's first cell (its origin). */
  rijBasis: number;
  kolomBasis: number;
}

const origins = new WeakMap<SheetGrid, { adres: string; row: number; column: number; letters: string[] }>();

/** Sheet and A1 address of grid cell (r, c), offset by the grid's origin (parsed once per grid). */
export function getPlek(grid: SheetGrid, r: number, c: number): Plek {
  const origin = getOrigin(grid);
  const letters = origin.letters[c] ?? (origin.letters[c] = columnLetters(origin.column + c));
  return { sheet: grid.name, cell: `${letters}${origin.row + r + 1}` };
}

/** The grid's origin (parsed once per grid and origin). */
export function getOrigin(grid: SheetGrid): { adres: string; row: number; column: number; letters: string[] } {
  const adres = grid.origin ?? 'A1';
  let origin = origins.get(grid);
  if (!origin || origin.adres !== adres) {
    origin = { adres, ...parseAddress(adres), letters: [] };
    origins.set(grid, origin);
  }
  return origin;
}

/** A grid cell, null outside the (possibly ragged) grid. */
export function getCel(grid: SheetGrid, r: number, c: number): CellValue {
  return grid.values[r]?.[c] ?? null;
}

/**
 * Follows the Taakveld column down a sheet: a filled cell names the taakveld, a blank one
 * belongs to the taakveld above (grouped or merged cells), subtotal rows are skipped.
 * `T` is what `vind` makes of a name (a `TaakveldInfo` for Kosten and FTE).
 */
export class TaakveldVolger<T = TaakveldInfo> {
  private boven: T | undefined;
  /** The cell `boven` was found from: long sheets repeat a taakveld on row after row. */
  private bovenWaarde: CellValue = null;

  constructor(
    private readonly grid: SheetGrid,
    private readonly kolom: number,
    private readonly vind: (value: CellValue, plek: Plek) => T | undefined,
  ) {}

  /** 'overslaan' for a subtotal row; else the row's taakveld (undefined when there is none yet). */
  readRegel(r: number): T | undefined | 'overslaan' {
    const waarde = getCel(this.grid, r, this.kolom);
    if (waarde !== null && waarde === this.bovenWaarde) return this.boven;
    if (isBlank(waarde)) return this.boven;
    if (isTotaalLabel(waarde)) return 'overslaan';
    this.boven = this.vind(waarde, getPlek(this.grid, r, this.kolom));
    this.bovenWaarde = waarde;
    return this.boven;
  }

  /** Reports a row with values but no taakveld. */
  reportOntbrekend(r: number, issues: Issue[], severity: 'error' | 'warning'): void {
    issues.push(createTaakveldOntbreektIssue(getPlek(this.grid, r, this.kolom), severity));
  }
}

/** True when any of `kolommen` in row r holds something. */
export function hasWaarden(grid: SheetGrid, r: number, kolommen: readonly number[]): boolean {
  const rij = grid.values[r];
  if (!rij) return false;
  for (const c of kolommen) if (!isBlank(rij[c])) return true;
  return false;
}

/** A Kosten or FTE value: unit applied, nihil = 0; errors, text and negative FTE reported and left out. */
export function readMetingWaarde(ctx: MetingContext, r: number, c: number): number | undefined {
  const cel = getCel(ctx.grid, r, c);
  // Most cells are plain finite numbers: skip the classification object for them.
  if (typeof cel === 'number' && Number.isFinite(cel) && (cel >= 0 || ctx.rol === 'kosten')) {
    const getal = cel === 0 ? 0 : cel;
    return ctx.rol === 'kosten' ? scaleGetal(getal, ctx.eenheid) : getal;
  }
  const uitkomst = parseGetal(cel);
  switch (uitkomst.kind) {
    case 'leeg':
      return undefined;
    case 'nihil':
      return 0;
    case 'fout':
      ctx.issues.push(createExcelFoutIssue(getPlek(ctx.grid, r, c), uitkomst.text));
      return undefined;
    case 'tekst':
      ctx.issues.push(createGeenGetalIssue(getPlek(ctx.grid, r, c), uitkomst.text));
      return undefined;
    case 'getal':
      if (ctx.rol === 'fte' && uitkomst.value < 0) {
        ctx.issues.push(createNegatieveFteIssue(getPlek(ctx.grid, r, c), uitkomst.value));
        return undefined;
      }
      return ctx.rol === 'kosten' ? scaleGetal(uitkomst.value, ctx.eenheid) : uitkomst.value;
  }
}

/** Adds the observation at grid cell (r, c) to `ctx.uit`. */
export function addMeting(
  ctx: MetingContext, r: number, c: number, taakveld: string, jaar: number, soort: Soort, maat: Waarneming['maat'], waarde: number,
): void {
  addWaarneming(ctx.uit, taakveld, jaar, soort, maat, waarde, ctx.grid.name, ctx.rijBasis + r, ctx.kolomBasis + c);
}
