import { proposeRoles } from '../../../src/core/parse';
import type { SheetGrid } from '../../../src/core/types';
import { breedKosten } from './fixtures/breedKosten';
import { breedFte, langFte } from './fixtures/fte';
import { langKosten } from './fixtures/langKosten';
import { benchmark, indicatoren, instellingen, taakvelden } from './fixtures/zijTabellen';

const blad = (name: string, values: SheetGrid['values'] = []): SheetGrid => ({ name, values });

describe('proposeRoles', () => {
  it('proposes by sheet name, case-insensitively and inside longer names, exact names first', () => {
    const grids = [
      blad('Toelichting'), blad('lasten 2018-2021'), blad('Formatie per taakveld'), blad('TAAKVELDEN'),
      blad('Indicatoren K1-K5'), blad('Benchmark Berenschot'), blad('Instellingen'), blad('Kosten'),
    ];
    expect(proposeRoles(grids)).toEqual({
      kosten: 'Kosten', fte: 'Formatie per taakveld', taakvelden: 'TAAKVELDEN', indicatoren: 'Indicatoren K1-K5',
      benchmark: 'Benchmark Berenschot', instellingen: 'Instellingen',
    });
  });

  it('never proposes the add-in\'s own sheets, "_" sheets or sheets the caller marks as owned', () => {
    const grids = [
      { ...breedKosten, name: 'Toets' }, { ...breedKosten, name: 'Nul-lijn' }, { ...breedKosten, name: 'Paragraaf' },
      { ...breedKosten, name: 'Controle' }, { ...breedKosten, name: 'Toets (2)' }, { ...benchmark, name: 'Benchmark (2)' },
      { ...breedKosten, name: '_kosten_cache' }, { ...benchmark, name: 'Benchmark' },
    ];
    expect(proposeRoles(grids)).toEqual({ benchmark: 'Benchmark' });
    expect(proposeRoles(grids, { uitsluiten: ['benchmark'] })).toEqual({});
  });

  it('falls back to header content when the names say nothing', () => {
    const grids = [
      { ...instellingen, name: 'Blad6' }, { ...taakvelden, name: 'Blad5' }, { ...indicatoren, name: 'Blad4' },
      { ...benchmark, name: 'Blad3' }, { ...breedFte, name: 'Blad2' }, { ...breedKosten, name: 'Blad1' },
    ];
    expect(proposeRoles(grids)).toEqual({
      kosten: 'Blad1', fte: 'Blad2', benchmark: 'Blad3', indicatoren: 'Blad4', taakvelden: 'Blad5', instellingen: 'Blad6',
    });
  });

  it('gives each sheet at most one role and each role one sheet', () => {
    const grids = [{ ...langKosten, name: 'Data' }, { ...langFte, name: 'Data2' }, { ...langKosten, name: 'Data3' }];
    expect(proposeRoles(grids)).toEqual({ kosten: 'Data', fte: 'Data2' });
    expect(proposeRoles([blad('Kosten en formatie')])).toEqual({ kosten: 'Kosten en formatie' });
  });
});

describe('proposeRoles and the add-in\'s own sheets', () => {
  it('never proposes a result sheet, such as Benchmarkvergelijking, as input', () => {
    const kop = [['Taakveld', 'Jaar', 'Totale formatie', 'Referentie FTE']];
    const rollen = proposeRoles([
      { name: 'Benchmarkvergelijking', values: kop },
      { name: 'Scenario’s', values: kop },
      { name: 'Toets (2)', values: kop },
    ]);
    expect(rollen.benchmark).toBeUndefined();
  });
});
