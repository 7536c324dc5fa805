import type { TaakveldToets, ToetsResult } from '../../../src/core/types';
import { countOordelen, findLaagsteRobuustheid, findRolOntbreekt } from '../../../src/taskpane/controller/summarizeResult';

function tv(taakveld: string, oordeel: TaakveldToets['oordeel'], robuustheid: number): TaakveldToets {
  return { taakveld, domein: 'Bedrijfsvoering', criteria: {}, totaal: 0, dekking: 1, oordeel, robuustheid };
}

const result: ToetsResult = {
  peiljaar: 2024,
  taakvelden: [
    tv('A', 'Positief', 0.9), tv('B', 'Negatief', 0.4), tv('C', 'Onvoldoende gegevens', 0.1),
    tv('D', 'Neutraal', 0.4), tv('E', 'Positief', 0.7),
  ],
  nulLijn: [],
  benchmark: [],
  issues: [],
};

describe('summarizeResult', () => {
  it('counts every Oordeel, zero included', () => {
    expect(countOordelen(result)).toEqual({ Positief: 2, Neutraal: 1, Negatief: 1, 'Onvoldoende gegevens': 1 });
    expect(countOordelen({ ...result, taakvelden: [] })).toEqual({ Positief: 0, Neutraal: 0, Negatief: 0, 'Onvoldoende gegevens': 0 });
  });

  it('lists the least robust verdicts first, ties in taakveld order, without "Onvoldoende gegevens"', () => {
    expect(findLaagsteRobuustheid(result).map((t) => t.taakveld)).toEqual(['B', 'D', 'E']);
    expect(findLaagsteRobuustheid(result, 1).map((t) => t.taakveld)).toEqual(['B']);
  });

  it('finds the issue that stops a run', () => {
    expect(findRolOntbreekt(result)).toBeNull();
    const issue = { severity: 'error' as const, sheet: '', cell: '', code: 'ROL_ONTBREEKT', message: 'Er is geen blad met kosten.' };
    expect(findRolOntbreekt({ ...result, issues: [issue] })).toBe(issue);
    expect(findRolOntbreekt(null)).toBeNull();
  });
});
