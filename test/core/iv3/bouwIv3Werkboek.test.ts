import { Iv3GemeenteError, bouwIv3Werkboek, type Iv3Werkboek } from '../../../src/core/iv3';
import type { CellValue } from '../../../src/core/types';
import { B2025, BBV, JR2023, REEKS, bronRegels, parseFixture } from './iv3Fixtures';

const alles = [parseFixture(JR2023), parseFixture(B2025), parseFixture(REEKS), parseFixture(BBV)];
const blad = (wb: Iv3Werkboek, naam: string) => {
  const sheet = wb.sheets.find((s) => s.name === naam);
  if (!sheet) throw new Error(`geen blad ${naam}`);
  return sheet;
};
const rijen = (wb: Iv3Werkboek, naam: string) => blad(wb, naam).blocks[0].rows;
const rij = (wb: Iv3Werkboek, naam: string, ...begin: CellValue[]) =>
  rijen(wb, naam).find((r) => begin.every((v, i) => r[i] === v));

/** Lasten per inwoner (euros) of a series column for the municipalities in `namen`, read straight from the fixture. */
function perInwoner(jaar: string, document: string, code: string, namen: string[]): number[] {
  const [kop, ...data] = bronRegels(REEKS, ',');
  const k = (naam: string) => kop.indexOf(naam);
  return data.filter((r) => r[k('jaar')] === jaar && r[k('document')] === document && namen.includes(r[k('gemeente')]))
    .map((r) => (Number(r[k(`tv_${code}`)]) * 1000) / Number(r[k('inwoners')]));
}
const gemiddelde = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('bouwIv3Werkboek for Heemstede from the yearly files, the series and the BBV list', () => {
  const wb = bouwIv3Werkboek(alles, { gemeente: 'heemstede' });

  it('makes the five input sheets', () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(['Toelichting', 'Kosten', 'FTE', 'Taakvelden', 'Benchmark']);
    expect(wb.gemeente).toMatchObject({ naam: 'Heemstede', gmCode: 'GM0397' });
    expect(rijen(wb, 'FTE')).toEqual([]);
  });

  it('takes each year and document once, the yearly CBS file before the series, and says so', () => {
    expect(wb.perioden).toHaveLength(18);
    expect(wb.perioden.filter((p) => p.bestand !== REEKS)).toEqual([
      { jaar: 2023, document: 'Jaarrekening', bestand: JR2023 },
      { jaar: 2025, document: 'Begroting', bestand: B2025 },
    ]);
    expect(wb.issues.map((i) => [i.code, i.severity])).toEqual([['IV3_BRONNEN_GELIJK', 'info'], ['IV3_BRONNEN_GELIJK', 'info']]);
  });

  it('shows taakvelden with code and full BBV name, detail codes rolled up, 0.10 and 0.11 left out', () => {
    const namen = rijen(wb, 'Taakvelden').map((r) => r[0]);
    expect(namen[0]).toBe('0.1 Bestuur');
    expect(namen).toContain('5.7 Openbaar groen en (openlucht) recreatie');
    expect(namen).toContain('6.71 Maatwerkdienstverlening 18+');
    expect(namen.some((n) => /^(0\.10|0\.11|6\.71a|6\.711) /.test(String(n)))).toBe(false);
    expect(rij(wb, 'Taakvelden', '0.4 Overhead')).toEqual(['0.4 Overhead', '0.4', 'Bedrijfsvoering', null, null]);
    expect(rij(wb, 'Taakvelden', '6.4 WSW en beschut werk')).toEqual(['6.4 WSW en beschut werk', '6.4', 'Beleid', null, '6.4 Begeleide participatie']);
    expect(wb.taakvelden).toHaveLength(namen.length);
  });

  it('writes euros: the yearly file with L1.1 beside, rolled-up codes as the sum of their cells', () => {
    const overhead = rij(wb, 'Kosten', '0.4 Overhead', 2023, 'Realisatie');
    expect(overhead?.slice(3, 5)).toEqual([14635000, 5957000]);
    expect(overhead?.[5]).toMatch(/^CBS Iv3 jaarrekening 2023: 2023_jaarrekening\.csv E\d+$/);
    // 6.71 0.0 + 6.71a 2763 + 6.71b 2844 + 6.71c 179 + 6.71d 361 (x € 1.000)
    const wmo = rij(wb, 'Kosten', '6.71 Maatwerkdienstverlening 18+', 2023, 'Realisatie');
    expect(wmo?.[3]).toBe(6147000);
    expect(String(wmo?.[5]).split(' ').pop()?.split('+')).toHaveLength(5);
    expect(rij(wb, 'Kosten', '0.4 Overhead', 2018, 'Realisatie')?.slice(3, 5)).toEqual([10391000, null]);
    expect(rij(wb, 'Kosten', '0.4 Overhead', 2020, 'Begroting')?.[3]).toBe(10709000);
  });

  it('keeps codes of one scheme to their own years: 6.2 until 2024, 6.21 from 2025', () => {
    const jaren = (label: string) => rijen(wb, 'Kosten').filter((r) => r[0] === label).map((r) => r[1]);
    expect(Math.max(...(jaren('6.2 Wijkteams') as number[]))).toBe(2024);
    expect(Math.min(...(jaren('6.21 Toegang en eerstelijnsvoorz. WMO') as number[]))).toBe(2025);
  });

  it('benchmarks the latest jaarrekening and the latest begroting against the same size class, without Heemstede', () => {
    expect([...new Set(rijen(wb, 'Benchmark').map((r) => r[1]))]).toEqual([2024, 2026]);
    const groep = ['Bergen (NH.)', 'Bloemendaal', 'Diemen', 'Uithoorn', 'Lisse', 'Nuenen, Gerwen en Nederwetten'];
    const waarden = perInwoner('2024', 'Jaarrekening', '0.4', groep);
    const r = rij(wb, 'Benchmark', '0.4 Overhead', 2024) as CellValue[];
    expect(r[2]).toBe(18293000);
    expect(r[3]).toBeCloseTo(gemiddelde(waarden) * 27593, 6);
    expect(r[3]).toBeCloseTo(13161421.268085, 4);
    // Median of six: the mean of the 3rd and 4th per-inwoner figures.
    const s = [...waarden].sort((a, b) => a - b);
    expect(r[4]).toBeCloseTo(((s[2] + s[3]) / 2) * 27593, 6);
    expect(r.slice(7)).toEqual([27593, 6, 'gemeenten met 20.000 tot 50.000 inwoners', 'Jaarrekening 2024 (lasten-per-taakveld-2017-2026.csv)']);
  });

  it('leaves taakvelden out that are 0 or empty in every year, and says which', () => {
    const tekst = blad(wb, 'Toelichting').lines.map((l) => l.text).join('\n');
    expect(tekst).toMatch(/Weggelaten omdat de lasten in elk jaar 0 of leeg zijn: .*6\.73 Jeugdhulp met verblijf/);
    expect(rijen(wb, 'Taakvelden').map((r) => r[0])).not.toContain('6.73 Jeugdhulp met verblijf');
  });

  it('lists the source of every year on the Toelichting sheet, and the import messages', () => {
    const [bron, meldingen] = blad(wb, 'Toelichting').blocks;
    expect(bron.rows).toHaveLength(18);
    expect(bron.rows.find((r) => r[0] === 2023 && r[1] === 'Jaarrekening')).toEqual(
      [2023, 'Jaarrekening', 'Realisatie', JR2023, expect.any(Number), 27778, '20.000 tot 50.000 inwoners', 'Noord-Holland', null]);
    expect(meldingen.rows.map((r) => r[4])).toEqual(['IV3_BRONNEN_GELIJK', 'IV3_BRONNEN_GELIJK']);
  });
});

describe('bouwIv3Werkboek: reference groups', () => {
  it('by province, with the province from the yearly files for the series', () => {
    const wb = bouwIv3Werkboek(alles, { gemeente: 'Heemstede', referentie: { soort: 'provincie' } });
    const r = rij(wb, 'Benchmark', '0.4 Overhead', 2024) as CellValue[];
    const groep = ['Bloemendaal', 'Diemen', 'Uithoorn', 'Zandvoort'];
    expect(r.slice(8, 10)).toEqual([4, 'gemeenten in de provincie Noord-Holland']);
    expect(r[3]).toBeCloseTo(gemiddelde(perInwoner('2024', 'Jaarrekening', '0.4', groep)) * 27593, 6);
  });

  it('by name, never with the municipality itself', () => {
    const wb = bouwIv3Werkboek(alles, { gemeente: 'GM0397', referentie: { soort: 'gemeenten', gemeenten: ['bloemendaal', 'Heemstede'] } });
    const r = rij(wb, 'Benchmark', '0.4 Overhead', 2024) as CellValue[];
    expect(r[3]).toBeCloseTo((15590000 / 23786) * 27593, 6);
    expect(r[4]).toBe(r[3]);
    expect(r.slice(8, 10)).toEqual([1, 'Bloemendaal']);
    expect(wb.issues.map((i) => i.code)).toContain('IV3_EIGEN_GEMEENTE_IN_GROEP');
  });

  it('from a yearly file uses its Gemeentegrootte and never the Nederland row', () => {
    const wb = bouwIv3Werkboek([parseFixture(JR2023), parseFixture(B2025)], { gemeente: 'Heemstede' });
    expect(wb.perioden.map((p) => `${p.document} ${p.jaar}`)).toEqual(['Jaarrekening 2023', 'Begroting 2025']);
    const r = rij(wb, 'Benchmark', '0.4 Overhead', 2023) as CellValue[];
    // Bloemendaal 12617/23922, Diemen, Lisse, Uithoorn: the 20.000–50.000 class of the file; Zandvoort is smaller.
    const [kop, ...data] = bronRegels(JR2023, ';');
    const groep = data.filter((d) => ['Bloemendaal', 'Diemen', 'Lisse', 'Uithoorn'].includes(d[0]) && d[1] === '0.4 Overhead')
      .map((d) => (Number(d[kop.indexOf('Lasten')]) * 1000) / Number(d[kop.indexOf('Inwonertal')]));
    expect(groep).toHaveLength(4);
    expect(r[8]).toBe(4);
    expect(r[3]).toBeCloseTo(gemiddelde(groep) * 27778, 6);
  });

  it('reports a province group that cannot be formed from the series alone', () => {
    const wb = bouwIv3Werkboek([parseFixture(REEKS)], { gemeente: 'Heemstede', referentie: { soort: 'provincie' } });
    expect(rijen(wb, 'Benchmark')).toEqual([]);
    expect(wb.issues.filter((i) => i.code === 'IV3_GEEN_REFERENTIEGROEP')).toHaveLength(2);
    expect(wb.issues[0].message).toMatch(/^Geen benchmark voor 2024: de provincie van Heemstede is onbekend/);
  });

  it('throws Iv3GemeenteError with suggestions for an unknown municipality or group member', () => {
    expect(() => bouwIv3Werkboek(alles, { gemeente: 'Heemsteede' })).toThrow(Iv3GemeenteError);
    try {
      bouwIv3Werkboek(alles, { gemeente: 'Heemstede', referentie: { soort: 'gemeenten', gemeenten: ['Bloemendal'] } });
      throw new Error('geen fout');
    } catch (error) {
      expect(error).toBeInstanceOf(Iv3GemeenteError);
      expect((error as Iv3GemeenteError).suggesties).toEqual(['Bloemendaal']);
    }
  });
});
