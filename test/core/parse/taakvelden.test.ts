import { parseInvoer } from '../../../src/core/parse';
import type { SheetGrid } from '../../../src/core/types';
import { taakvelden } from './fixtures/zijTabellen';
import { describeIssues, describeWaarnemingen } from './helpers';
import { toWaarnemingLijst } from '../../../src/core/waarnemingen';

const kosten: SheetGrid = {
  name: 'Kosten',
  values: [
    ['Taakveld', 'R2019'],
    ['  overhead. ', 100],
    ['0.2 Burgerzaken', 200],
    ['ICT', 300],
    ['3.1', 400],
    ['Handhaving', 500],
  ],
};
const fte: SheetGrid = { name: 'FTE', values: [['Taakveld', 'R2019'], ['Ondersteuning', 10], ['handhaving', 2], ['0.2', 4]] };

describe('taakveld names, codes and aliases', () => {
  const invoer = parseInvoer([taakvelden, kosten, fte]);

  it('maps every spelling, code and alias to the name on the Taakvelden sheet', () => {
    expect(describeWaarnemingen(toWaarnemingLijst(invoer.waarnemingen), false)).toEqual([
      'Burgerzaken|2019|Realisatie|FTE=4',
      'Burgerzaken|2019|Realisatie|Totale kosten=200',
      'Economische ontwikkeling|2019|Realisatie|Totale kosten=400',
      'Handhaving|2019|Realisatie|FTE=2',
      'Handhaving|2019|Realisatie|Totale kosten=500',
      'Informatisering en Automatisering|2019|Realisatie|Totale kosten=300',
      'Overhead|2019|Realisatie|FTE=10',
      'Overhead|2019|Realisatie|Totale kosten=100',
    ]);
  });

  it('lists the Taakvelden sheet first, then new names in their first spelling', () => {
    expect(invoer.taakvelden).toEqual([
      { naam: 'Overhead', code: '0.4', domein: 'Bedrijfsvoering', samenwerkingsvorm: 'Vervlochten', aliassen: ['Bedrijfsvoering algemeen', 'Ondersteuning'] },
      { naam: 'Burgerzaken', code: '0.2', domein: 'Bedrijfsvoering', samenwerkingsvorm: 'Zelfstandig', aliassen: [] },
      { naam: 'Informatisering en Automatisering', domein: 'Bedrijfsvoering', samenwerkingsvorm: 'Gemeenschappelijke regeling', aliassen: ['I&A', 'ICT'] },
      { naam: 'Economische ontwikkeling', code: '3.1', domein: 'Beleid', samenwerkingsvorm: 'Kennisdeling', aliassen: [] },
      { naam: 'Handhaving', domein: 'Bedrijfsvoering', aliassen: [] },
    ]);
  });

  it('gives one info per taakveld that is not on the list, at the cell where it first appears', () => {
    expect(describeIssues(invoer.issues)).toEqual(['TAAKVELD_NIET_IN_LIJST@A6']);
    expect(invoer.issues[0]).toMatchObject({ severity: 'info', sheet: 'Kosten' });
    expect(invoer.issues[0].message).toContain('"Handhaving"');
  });

  it('counts two spellings of one taakveld in one sheet as a duplicate', () => {
    const dubbel: SheetGrid = { name: 'Kosten', values: [['Taakveld', 'R2019'], ['Overhead', 100], ['Ondersteuning', 90], ['Burgerzaken', 5]] };
    const uit = parseInvoer([taakvelden, dubbel, fte]);
    expect(describeWaarnemingen(toWaarnemingLijst(uit.waarnemingen).filter((w) => w.maat !== 'FTE'))).toEqual(['Burgerzaken|2019|Realisatie|Totale kosten=5@B4']);
    const dubbele = uit.issues.filter((i) => i.code === 'DUBBELE_REGEL');
    expect(describeIssues(dubbele)).toEqual(['DUBBELE_REGEL@B2', 'DUBBELE_REGEL@B3']);
    expect(dubbele[0]).toMatchObject({ severity: 'error', sheet: 'Kosten' });
    expect(dubbele[0].message).toContain('ook in B3');
  });

  it('links "0.4 Overhead" and "Overhead" without a Taakvelden sheet, keeping the first spelling', () => {
    const k: SheetGrid = { name: 'Kosten', values: [['Taakveld', 'R2019'], ['0.4 Overhead', 100]] };
    const f: SheetGrid = { name: 'FTE', values: [['Taakveld', 'R2019'], ['overhead', 1], ['0,4', 2]] };
    const uit = parseInvoer([k, f]);
    expect(uit.taakvelden).toEqual([{ naam: '0.4 Overhead', code: '0.4', domein: 'Bedrijfsvoering', aliassen: [] }]);
    expect(describeIssues(uit.issues)).toEqual(['DUBBELE_REGEL@B2', 'DUBBELE_REGEL@B3']);
    expect(uit.issues.every((i) => i.sheet === 'FTE')).toBe(true);
  });

  it('reports conflicts and unknown values on the Taakvelden sheet and carries on', () => {
    const lijst: SheetGrid = {
      name: 'Taakvelden',
      values: [
        ['Taakveld', 'Code', 'Domein', 'Samenwerkingsvorm', 'Alias'],
        ['Overhead', '0.4', 'Ondersteunend', 'Fusie', null],
        ['overhead', '0.5', null, null, null],
        ['Treasury', '0.4', null, null, 'Overhead'],
        [null, '0.6', 'Beleid', null, null],
      ],
    };
    const uit = parseInvoer([lijst, kosten, fte]);
    expect(describeIssues(uit.issues.filter((i) => i.sheet === 'Taakvelden'))).toEqual([
      'ONBEKEND_DOMEIN@C2', 'ONBEKENDE_SAMENWERKINGSVORM@D2', 'DUBBEL_TAAKVELD@A3', 'DUBBEL_TAAKVELD@B4', 'DUBBEL_TAAKVELD@E4', 'TAAKVELD_ONTBREEKT@A5',
    ]);
    expect(uit.taakvelden.slice(0, 2)).toEqual([
      { naam: 'Overhead', code: '0.4', domein: 'Bedrijfsvoering', aliassen: [] },
      { naam: 'Treasury', code: '0.4', domein: 'Bedrijfsvoering', aliassen: [] },
    ]);
  });
});
