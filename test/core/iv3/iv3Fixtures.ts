/** Reads the real-data extracts in test/fixtures/iv3 (see its README). */
import { readFileSync } from 'fs';
import path from 'path';
import { parseIv3 } from '../../../src/core/iv3';
import type { Iv3Bestand } from '../../../src/core/iv3';

export const FIXTURES = path.resolve(__dirname, '..', '..', 'fixtures', 'iv3');
export const REEKS = 'lasten-per-taakveld-2017-2026.csv';
export const JR2023 = '2023_jaarrekening.csv';
export const B2025 = '2025_begroting.csv';
export const BBV = 'bbv-taakvelden.csv';

export function leesFixture(naam: string): string {
  return readFileSync(path.join(FIXTURES, naam), 'utf8');
}

export function parseFixture(naam: string): Iv3Bestand {
  return parseIv3(leesFixture(naam), naam);
}

/** Lines of a fixture split on its separator, without any of the import's code: the independent check. */
export function bronRegels(naam: string, scheiding: ';' | ','): string[][] {
  return leesFixture(naam).split(/\r?\n/).filter((l) => l !== '').map((l) => {
    if (scheiding === ';') return l.split(';');
    // Only the series has quotes, and only around a name with a comma.
    return (l.match(/("[^"]*"|[^,]*)(,|$)/g) ?? []).map((v) => v.replace(/,$/, '').replace(/^"|"$/g, ''));
  });
}
