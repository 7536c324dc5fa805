import { formatIssueCounts, formatSummary, formatTable } from '../../src/cli/formatSummary';
import type { ToetsResult } from '../../src/core/types';

const RESULT: ToetsResult = {
  peiljaar: 2024,
  taakvelden: [
    { taakveld: 'Communicatie', domein: 'Bedrijfsvoering', criteria: { K1: 2, K2: 1.75 }, totaal: 1.6875, dekking: 0.8, oordeel: 'Positief', robuustheid: 0.936 },
    { taakveld: 'Burgerzaken', domein: 'Bedrijfsvoering', criteria: { K1: 0 }, totaal: -0.5, dekking: 0.4, oordeel: 'Onvoldoende gegevens', robuustheid: 0.6865 },
    { taakveld: 'Inkoop', domein: 'Bedrijfsvoering', criteria: {}, totaal: null, dekking: 0, oordeel: 'Onvoldoende gegevens', robuustheid: 1 },
  ],
  nulLijn: [],
  benchmark: [],
  issues: [
    { severity: 'error', sheet: 'FTE', cell: 'D7', code: 'DUBBELE_REGEL', message: 'x' },
    { severity: 'warning', sheet: 'FTE', cell: 'D8', code: 'X', message: 'y' },
    { severity: 'warning', sheet: 'FTE', cell: 'D9', code: 'X', message: 'z' },
  ],
};

describe('formatSummary', () => {
  it('prints a table with Dutch numbers, the issue counts and what was written', () => {
    const text = formatSummary(RESULT, 'uit/werkboek-toets.xlsx', {
      written: ['Toets', 'Nul-lijn', 'Controle (2)'], backups: [{ sheet: 'Toets', backupName: 'Toets (bewerkt)' }], syncs: 0, cellsWritten: 10,
    });
    expect(text).toBe([
      'Taakveld             Totaal  Oordeel               Dekking  Robuustheid',
      '------------  -------------  --------------------  -------  -----------',
      'Communicatie           +1,7  Positief                  80%          94%',
      'Burgerzaken            \u22120,5  Onvoldoende gegevens      40%          69%',
      'Inkoop        geen gegevens  Onvoldoende gegevens       0%         100%',
      '',
      'Peiljaar: 2024 · 3 taakvelden · 1 fout, 2 waarschuwingen, 0 meldingen',
      'Geschreven: uit/werkboek-toets.xlsx (bladen Toets, Nul-lijn, Controle (2))',
      'Bewerkt blad "Toets" bewaard als "Toets (bewerkt)".',
      'Zie het blad Controle (2) voor de meldingen per cel.',
      '',
    ].join('\n'));
  });

  it('counts issues per severity in Dutch, singular and plural', () => {
    expect(formatIssueCounts({ ...RESULT, issues: [] })).toBe('0 fouten, 0 waarschuwingen, 0 meldingen');
  });

  it('aligns number columns right and text columns left', () => {
    expect(formatTable(['a', 'b'], [['x', '1'], ['yyy', '22']], [false, true])).toBe('a     b\n---  --\nx     1\nyyy  22');
  });
});
