import { Iv3FormatError, parseIv3 } from '../../../src/core/iv3';
import { B2025, BBV, JR2023, REEKS, leesFixture, parseFixture } from './iv3Fixtures';

const KOP = leesFixture(JR2023).split('\n')[0];

describe('parseIv3: the yearly files', () => {
  const bestand = parseFixture(JR2023);
  const heemstede = bestand.opgaven.find((o) => o.gemeente === 'Heemstede');

  it('reads year and document from the file name, one opgave per municipality', () => {
    expect(bestand.layout).toBe('jaarbestand');
    expect(bestand.opgaven.map((o) => o.gemeente)).toEqual(['Bloemendaal', 'Diemen', 'Heemstede', 'Lisse', 'Schiermonnikoog', 'Uithoorn', 'Zandvoort']);
    expect(heemstede).toMatchObject({
      jaar: 2023, document: 'Jaarrekening', inwoners: 27778, provincie: 'Noord-Holland', grootteklasse: '20000tot50000inwoners', gmCode: null,
    });
    expect(bestand.issues).toEqual([]);
  });

  it('never takes the Nederland total for a municipality', () => {
    expect(bestand.totaalRegels).toBe(2);
    expect(bestand.opgaven.some((o) => o.gemeente.toLowerCase() === 'nederland')).toBe(false);
  });

  it('splits code and name, keeps cut-short names, letter codes and empty cells as they are', () => {
    const post = (code: string) => heemstede?.posten.find((p) => p.code === code);
    expect(heemstede?.posten).toHaveLength(71);
    // Line 70 of the fixture: Heemstede;0.4 Overhead;5957.0;4133.0;14635.0;...
    expect(post('0.4')).toEqual({ code: '0.4', naam: 'Overhead', lasten: 14635, personeel: 5957, cel: expect.stringMatching(/^E\d+$/) });
    expect(post('5.7')?.naam).toBe('Openbaar groen en (openlucht) recr..');
    expect(post('6.71a')).toMatchObject({ lasten: 2763, personeel: 394 });
    expect(post('6.71c')).toMatchObject({ lasten: 179, personeel: null });
    expect(post('0.5')).toMatchObject({ lasten: 125, personeel: null });
  });

  it('gives each amount the cell it has when the CSV is opened in Excel', () => {
    const regels = leesFixture(JR2023).split('\n');
    const rij = regels.findIndex((r) => r.startsWith('Heemstede;0.4 Overhead;')) + 1;
    expect(heemstede?.posten.find((p) => p.code === '0.4')?.cel).toBe(`E${rij}`);
  });

  it('reads the 2025 scheme and the capital in "Minderdan5000inwoners"', () => {
    const b = parseFixture(B2025);
    const h = b.opgaven.find((o) => o.gemeente === 'Heemstede');
    expect(h?.posten.map((p) => p.code)).toEqual(expect.arrayContaining(['6.21', '6.60', '6.711', '6.714', '6.92']));
    expect(h?.posten.map((p) => p.code)).not.toContain('6.2');
    expect(b.opgaven.find((o) => o.gemeente === 'Schiermonnikoog')?.grootteklasse).toBe('Minderdan5000inwoners');
  });

  it('takes year and document from the options when the name does not say them', () => {
    const text = leesFixture(JR2023);
    expect(() => parseIv3(text, 'download.csv')).toThrow(Iv3FormatError);
    expect(() => parseIv3(text, 'download.csv')).toThrow(/2023_jaarrekening\.csv/);
    const b = parseIv3(text, 'download.csv', { jaar: 2023, document: 'Jaarrekening' });
    expect(b.opgaven[0]).toMatchObject({ jaar: 2023, document: 'Jaarrekening' });
  });

  it('reports a duplicate row and uses neither, and text where an amount belongs', () => {
    const regel = 'Heemstede;0.4 Overhead;5957.0;4133.0;14635.0;Noord-Holland;20000tot50000inwoners;Sterkstedelijk;27778;Weinig;Goed';
    const fout = 'Heemstede;0.2 Burgerzaken;602.0;406.0;n.b.;Noord-Holland;20000tot50000inwoners;Sterkstedelijk;27778;Weinig;Goed';
    const b = parseIv3([KOP, regel, regel, fout].join('\n'), '2023_jaarrekening.csv');
    expect(b.opgaven[0].posten.map((p) => p.code)).toEqual(['0.2']);
    expect(b.opgaven[0].posten[0].lasten).toBeNull();
    expect(b.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ['IV3_GEEN_GETAL', 'E4', 'warning'],
      ['IV3_DUBBELE_REGEL', 'E2', 'error'],
    ]);
    expect(b.issues[1].message).toMatch(/Taakveld 0\.4 van Heemstede staat meer dan eens/);
  });

  it('skips a row without a taakveld code, with an issue', () => {
    const b = parseIv3(`${KOP}\nHeemstede;Overhead;1.0;2.0;3.0;Noord-Holland;x;y;27778;;\n`, '2023_jaarrekening.csv');
    expect(b.opgaven).toEqual([]);
    expect(b.issues.map((i) => i.code)).toEqual(['IV3_REGEL_OVERGESLAGEN', 'IV3_LEEG']);
  });
});

describe('parseIv3: the multi-year series', () => {
  const reeks = parseFixture(REEKS);

  it('reads one opgave per municipality, year and document, with GM codes', () => {
    expect(reeks.layout).toBe('reeks');
    expect(reeks.issues).toEqual([]);
    const h = reeks.opgaven.filter((o) => o.gemeente === 'Heemstede');
    expect(h).toHaveLength(18);
    expect(h.find((o) => o.jaar === 2018 && o.document === 'Jaarrekening')).toMatchObject({ gmCode: 'GM0397', inwoners: 27080 });
  });

  it('reads the tv_ columns as lasten, empty cells as null, and no Personeel', () => {
    const o = reeks.opgaven.find((x) => x.gemeente === 'Heemstede' && x.jaar === 2025);
    expect(o?.posten.find((p) => p.code === '0.4')).toMatchObject({ lasten: 19876, personeel: null });
    expect(o?.posten.find((p) => p.code === '0.5')?.lasten).toBe(442);
    expect(o?.posten.find((p) => p.code === '0.62')?.lasten).toBeNull();
    expect(o?.posten.find((p) => p.code === '6.71')).toBeDefined();
    expect(o?.posten.some((p) => p.code === '0.10')).toBe(false);
  });

  it('reads a quoted name with a comma in it (CRLF file)', () => {
    expect(reeks.opgaven.find((o) => o.gmCode === 'GM0820')).toMatchObject({ gemeente: 'Nuenen, Gerwen en Nederwetten', inwoners: 24231 });
  });
});

describe('parseIv3: other files', () => {
  it('reads bbv-taakvelden.csv with the renames', () => {
    const b = parseFixture(BBV);
    expect(b.layout).toBe('taakvelden');
    expect(b.taakvelden).toHaveLength(98);
    expect(b.taakvelden.find((t) => t.code === '6.4')).toEqual({ code: '6.4', naam: 'WSW en beschut werk', oudeNamen: ['Begeleide participatie'] });
    expect(b.taakvelden.find((t) => t.code === '8.1')?.oudeNamen).toEqual(['Ruimtelijke ordening']);
    expect(b.taakvelden.find((t) => t.code === '6.2')?.oudeNamen).toEqual([]);
  });

  it('refuses a CSV that is not Iv3 with a message naming the file and the expected columns', () => {
    const tekst = leesFixture('benchmark-heemstede-2017.csv');
    expect(() => parseIv3(tekst, 'benchmark-heemstede-2017.csv')).toThrow(Iv3FormatError);
    expect(() => parseIv3(tekst, 'benchmark-heemstede-2017.csv')).toThrow(
      /^"benchmark-heemstede-2017\.csv" is geen Iv3-bestand van CBS: de kopregel "# Source: .*Gemeenten;Taakveld;/);
  });

  it('refuses an empty file and a workbook', () => {
    expect(() => parseIv3('  \n', 'leeg.csv')).toThrow(/"leeg\.csv" is leeg/);
    expect(() => parseIv3('PK\u0003\u0004[Content_Types].xml', 'iv3.xlsx')).toThrow(/geen tekstbestand.*Excel-werkboek/);
  });
});
