/**
 * Numbers in the side tables (Indicatoren, Benchmark, Instellingen): nihil = 0, empty =
 * missing, errors and text reported as warnings.
 */
import type { Issue } from '../types';
import { createExcelFoutIssue, createGeenGetalIssue, type Plek } from './issues';
import { parseGetal, type GetalUitkomst } from './parseGetal';
import type { CellValue } from '../types';

/** The number in a cell, or undefined (empty, or a reported problem). */
export function readZijWaarde(value: CellValue, plek: Plek, issues: Issue[]): number | undefined {
  return readUitkomst(parseGetal(value), plek, issues);
}

/** Same for an already parsed cell. */
export function readUitkomst(uitkomst: GetalUitkomst, plek: Plek, issues: Issue[]): number | undefined {
  switch (uitkomst.kind) {
    case 'getal':
      return uitkomst.value;
    case 'nihil':
      return 0;
    case 'leeg':
      return undefined;
    case 'fout':
      issues.push(createExcelFoutIssue(plek, uitkomst.text));
      return undefined;
    case 'tekst':
      issues.push(createGeenGetalIssue(plek, uitkomst.text));
      return undefined;
  }
}
