import { parseInvoer } from '../../../src/core/parse';
import type { SheetGrid } from '../../../src/core/types';
import { breedFte, langFte } from './fixtures/fte';
import { langKosten } from './fixtures/langKosten';
import { describeIssues, describeWaarnemingen } from './helpers';
import { toWaarnemingLijst } from '../../../src/core/waarnemingen';

const fte = (grid: SheetGrid) => {
  const invoer = parseInvoer([langKosten, grid], { kosten: 'Kosten', fte: grid.name });
  return { ...invoer, waarnemingen: toWaarnemingLijst(invoer.waarnemingen).filter((w) => w.maat === 'FTE') };
};

const VERWACHT = [
  'Burgerzaken|2018|Realisatie|FTE=9.48', 'Burgerzaken|2019|Realisatie|FTE=9.41', 'Burgerzaken|2020|Begroting|FTE=9',
  'Overhead|2018|Realisatie|FTE=14.83', 'Overhead|2019|Realisatie|FTE=15.2', 'Overhead|2020|Begroting|FTE=15.5',
];

describe('FTE sheets', () => {
  it('reads the long layout from the Formatie (fte) column only', () => {
    const invoer = fte(langFte);
    expect(describeWaarnemingen(invoer.waarnemingen, false)).toEqual(VERWACHT);
    expect(invoer.waarnemingen.find((w) => w.waarde === 15.2)?.cell).toBe('D3');
  });

  it('reads the wide layout with the same result', () => {
    const invoer = fte(breedFte);
    expect(describeWaarnemingen(invoer.waarnemingen, false)).toEqual(VERWACHT);
    expect(invoer.waarnemingen.find((w) => w.waarde === 15.2)).toMatchObject({ sheet: 'Formatie', cell: 'C4' });
  });

  it('drops a negative FTE with an error and keeps 0 and nihil', () => {
    const grid: SheetGrid = { name: 'FTE', values: [['Taakveld', '2019', '2020'], ['Overhead', -1.5, '-'], ['Burgerzaken', 0, '(2)']] };
    const invoer = fte(grid);
    expect(describeWaarnemingen(invoer.waarnemingen)).toEqual([
      'Burgerzaken|2019|Realisatie|FTE=0@B3', 'Overhead|2020|Realisatie|FTE=0@C2',
    ]);
    expect(describeIssues(invoer.issues.filter((i) => i.sheet === 'FTE'))).toEqual(['NEGATIEVE_FTE@B2', 'NEGATIEVE_FTE@C3']);
    expect(invoer.issues.find((i) => i.code === 'NEGATIEVE_FTE')).toMatchObject({ severity: 'error' });
    expect(invoer.issues.find((i) => i.code === 'NEGATIEVE_FTE')?.message).toContain('-1,5 fte');
  });

  it('reports a long FTE sheet without an FTE column', () => {
    const grid: SheetGrid = { name: 'FTE', values: [['Taakveld', 'Jaar', 'Bezetting'], ['Overhead', 2019, 14]] };
    const invoer = fte(grid);
    expect(invoer.waarnemingen).toEqual([]);
    expect(invoer.issues.filter((i) => i.sheet === 'FTE')).toEqual([
      expect.objectContaining({ code: 'KOLOM_ONTBREEKT', severity: 'error', cell: 'A1' }),
    ]);
  });
});
