import { ParseInvoerError, parseInvoer } from '../../../src/core/parse';
import type { SheetGrid } from '../../../src/core/types';
import { breedKosten } from './fixtures/breedKosten';
import { breedFte } from './fixtures/fte';
import { benchmark, indicatoren, instellingen, taakvelden } from './fixtures/zijTabellen';
import { deepFreeze, describeIssues, describeWaarnemingen } from './helpers';
import { createWaarnemingen, toWaarnemingLijst } from '../../../src/core/waarnemingen';

const fte: SheetGrid = { name: 'FTE', values: [['Taakveld', 'R2019'], ['Overhead', 1]] };

describe('parseInvoer: roles', () => {
  it('stops with exactly one ROL_ONTBREEKT error and empty data when there is no cost sheet', () => {
    const invoer = parseInvoer([fte, { ...instellingen }]);
    expect(invoer).toEqual({
      rollen: { fte: 'FTE', instellingen: 'Instellingen' },
      waarnemingen: createWaarnemingen(), taakvelden: [], indicatoren: [], benchmark: [], instellingen: {},
      issues: [{
        severity: 'error', sheet: '', cell: '', code: 'ROL_ONTBREEKT',
        message: 'Er is geen blad met kosten per taakveld gevonden. Kies in het taakvenster het blad met de kosten, of voeg het sjabloon in.',
      }],
    });
  });

  it('treats a role pointing at a missing sheet the same way, and both roles missing as one issue', () => {
    const invoer = parseInvoer([breedKosten, fte], { kosten: 'Kosten 2019' });
    expect(invoer.issues).toHaveLength(1);
    expect(invoer.issues[0]).toMatchObject({ code: 'ROL_ONTBREEKT', severity: 'error', sheet: '', cell: '' });
    expect(invoer.issues[0].message).toContain("'Kosten 2019'");
    const niets = parseInvoer([]);
    expect(niets.issues).toHaveLength(1);
    expect(niets.issues[0].message).toContain('kosten per taakveld');
    expect(niets.issues[0].message).toContain('formatie (fte)');
  });

  it('fills gaps in the given roles with proposals, never reusing a chosen sheet; "" means no sheet', () => {
    const grids = [{ ...breedKosten, name: 'Mijn cijfers' }, breedFte, { ...breedKosten, name: 'Kosten' }, taakvelden];
    const invoer = parseInvoer(grids, { kosten: 'Mijn cijfers', taakvelden: '' });
    expect(invoer.rollen).toEqual({ kosten: 'Mijn cijfers', fte: 'Formatie' });
    expect(toWaarnemingLijst(invoer.waarnemingen).every((w) => w.sheet !== 'Kosten')).toBe(true);
  });

  it('passes the add-in\'s own sheets on to the proposal', () => {
    const grids = [breedKosten, breedFte, { ...benchmark, name: 'Referentiecijfers' }];
    expect(parseInvoer(grids).rollen.benchmark).toBe('Referentiecijfers');
    expect(parseInvoer(grids, {}, { uitsluiten: ['Referentiecijfers'] }).rollen.benchmark).toBeUndefined();
  });

  it('warns about an optional role pointing at a missing sheet and goes on', () => {
    const invoer = parseInvoer([breedKosten, fte], { indicatoren: 'Weg' });
    expect(describeIssues(invoer.issues.filter((i) => i.sheet === 'Weg'))).toEqual(['BLAD_NIET_GEVONDEN@']);
    expect(toWaarnemingLijst(invoer.waarnemingen).length).toBeGreaterThan(0);
  });

  it('throws a named error when the adapter passes one sheet twice', () => {
    expect(() => parseInvoer([fte, fte])).toThrow(ParseInvoerError);
  });
});

describe('parseInvoer: the full workbook', () => {
  const grids = deepFreeze([taakvelden, breedKosten, breedFte, indicatoren, benchmark, instellingen]);

  it('reads every sheet without mutating the frozen input', () => {
    const before = JSON.stringify(grids);
    const invoer = parseInvoer(grids as SheetGrid[]);
    expect(JSON.stringify(grids)).toBe(before);
    expect(invoer.rollen).toEqual({
      kosten: 'Lasten', fte: 'Formatie', taakvelden: 'Taakvelden', indicatoren: 'Indicatoren', benchmark: 'Benchmark', instellingen: 'Instellingen',
    });
    expect(toWaarnemingLijst(invoer.waarnemingen).filter((w) => w.maat === 'FTE')).toHaveLength(6);
    expect(toWaarnemingLijst(invoer.waarnemingen).filter((w) => w.maat !== 'FTE')).toHaveLength(37);
    expect(invoer.indicatoren).toHaveLength(9);
    expect(invoer.benchmark).toHaveLength(3);
    expect(invoer.instellingen.seed).toBe(123);
    expect(invoer.taakvelden.map((t) => t.naam)).toEqual(['Overhead', 'Burgerzaken', 'Informatisering en Automatisering', 'Economische ontwikkeling']);
  });
});

describe('parseInvoer: bad input', () => {
  const lees = (kosten: SheetGrid, extra: SheetGrid[] = []) => parseInvoer([kosten, breedFte, ...extra], { kosten: kosten.name, fte: 'Formatie' });

  it('KOP_NIET_GEVONDEN is an error for Kosten and the FTE sheet is still read', () => {
    const invoer = lees({ name: 'Kosten', values: [['Overzicht'], ['Overhead', 100]] });
    expect(invoer.issues).toEqual([expect.objectContaining({ code: 'KOP_NIET_GEVONDEN', severity: 'error', sheet: 'Kosten', cell: '' })]);
    expect(toWaarnemingLijst(invoer.waarnemingen)).toHaveLength(6);
  });

  it('KOLOM_ONTBREEKT when a long cost sheet has no measure column', () => {
    const invoer = lees({ name: 'Kosten', values: [['Taakveld', 'Jaar', 'Opmerking'], ['Overhead', 2019, 'x']] });
    expect(describeIssues(invoer.issues)).toEqual(['KOLOM_ONTBREEKT@A1']);
  });

  it('TAAKVELD_ONTBREEKT for values without a taakveld above, ONGELDIG_JAAR, ONBEKENDE_SOORT and ONBEKENDE_KOSTENSOORT', () => {
    const lang: SheetGrid = {
      name: 'Kosten',
      values: [
        ['Taakveld', 'Jaar', 'Soort', 'Personeel'],
        [null, 2019, 'Realisatie', 5],
        ['Overhead', 'twintig', 'Realisatie', 10],
        ['Overhead', 2019, 'Prognose', 10],
        ['Overhead', 2019, 'Rekening', 12],
      ],
    };
    const invoer = lees(lang);
    expect(describeIssues(invoer.issues)).toEqual(['TAAKVELD_ONTBREEKT@A2', 'ONGELDIG_JAAR@B3', 'ONBEKENDE_SOORT@C4']);
    expect(invoer.issues.every((i) => i.severity === 'error')).toBe(true);
    expect(describeWaarnemingen(toWaarnemingLijst(invoer.waarnemingen).filter((w) => w.maat !== 'FTE'))).toEqual(['Overhead|2019|Realisatie|Personeel=12@D5']);
    const breed: SheetGrid = {
      name: 'Kosten',
      values: [['Taakveld', 'Kostensoort', 'R2019', 'Prognose 2021'], ['Overhead', 'Reiskosten', 1, 2], [null, null, 3, 4], [null, 'Personeel', 5, 6]],
    };
    const uit = lees(breed);
    expect(describeIssues(uit.issues)).toEqual(['ONBEKENDE_SOORT@D1', 'ONBEKENDE_KOSTENSOORT@B2', 'ONBEKENDE_KOSTENSOORT@B3']);
    expect(describeWaarnemingen(toWaarnemingLijst(uit.waarnemingen).filter((w) => w.maat !== 'FTE'))).toEqual(['Overhead|2019|Realisatie|Personeel=5@C4']);
  });

  it('DUBBELE_REGEL on each cell of a duplicate, neither value used, while costs may be negative', () => {
    const grid: SheetGrid = {
      name: 'Kosten',
      values: [['Taakveld', 'Jaar', 'Personeel'], ['Overhead', 2019, 10], ['Burgerzaken', 2019, -3], ['OVERHEAD ', '2019', 11]],
    };
    const invoer = lees(grid);
    expect(describeWaarnemingen(toWaarnemingLijst(invoer.waarnemingen).filter((w) => w.maat !== 'FTE'))).toEqual(['Burgerzaken|2019|Realisatie|Personeel=-3@C3']);
    expect(invoer.issues.map((i) => `${i.code}@${i.cell}:${i.severity}`)).toEqual(['DUBBELE_REGEL@C2:error', 'DUBBELE_REGEL@C4:error']);
    expect(invoer.issues[0].message).toContain('Personeel van Overhead in 2019 (Realisatie)');
  });

  it('an entirely blank row ends nothing: the next value row still belongs to the taakveld above', () => {
    const grid: SheetGrid = {
      name: 'Kosten',
      values: [['Taakveld', 'Kostensoort', 'R2019'], ['Overhead', 'Personeel', 1], [], [null, null, null], [null, 'Inhuur', 2]],
    };
    expect(describeWaarnemingen(toWaarnemingLijst(lees(grid).waarnemingen).filter((w) => w.maat !== 'FTE'))).toEqual([
      'Overhead|2019|Realisatie|Inhuur=2@C5', 'Overhead|2019|Realisatie|Personeel=1@C2',
    ]);
  });
});
