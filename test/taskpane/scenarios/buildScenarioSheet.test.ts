import { specToGrid } from '../../../src/core/ownership';
import { rescoreInvoer, runToets } from '../../../src/core/runToets';
import { buildTemplate } from '../../../src/core/template';
import { buildScenarioSheet, SCENARIO_SHEET_NAME } from '../../../src/taskpane/scenarios/buildScenarioSheet';

const grids = buildTemplate({ voorbeeld: true }).map((s) => ({ name: s.name, values: specToGrid(s) }));
const basis = runToets(grids);
const zwaarOpKwaliteit = rescoreInvoer(basis.analyse.invoer, { gewichten: { K1: 2 } as never });
const spec = buildScenarioSheet({ naam: 'Raad 2024', run: basis }, { naam: 'Zwaar op kwaliteit', run: zwaarOpKwaliteit });

describe('buildScenarioSheet', () => {
  it('is the owned scenarios sheet with the comparison table in the agreed columns', () => {
    expect(spec.key).toBe('scenarios');
    expect(spec.name).toBe(SCENARIO_SHEET_NAME);
    const [vergelijking] = spec.blocks;
    expect(vergelijking.tableName).toBe('tblScenarios');
    expect(vergelijking.header).toEqual(['Taakveld', 'Oordeel A', 'Totaal A', 'Oordeel B', 'Totaal B', 'Verschil']);
    expect(vergelijking.rows).toHaveLength(10);
  });

  it('puts both verdicts side by side and B − A as the difference', () => {
    const rij = spec.blocks[0].rows.find((r) => r[0] === 'Facilitaire Zaken');
    expect(rij?.slice(0, 2)).toEqual(['Facilitaire Zaken', 'Positief']);
    expect(rij?.[2]).toBeCloseTo(0.5, 12);
    expect(rij?.[3]).toBe('Neutraal');
    // K1 = 0 counts twice: (2·0 + 1 + 0 + 1) / 5 = 0.4.
    expect(rij?.[4]).toBeCloseTo(0.4, 12);
    expect(rij?.[5]).toBeCloseTo(-0.1, 12);
  });

  it('writes "geen gegevens" where a totaal is missing, never NaN', () => {
    const grid = specToGrid(spec).flat();
    expect(grid.some((v) => typeof v === 'number' && !Number.isFinite(v))).toBe(false);
  });

  it('colours both Oordeel columns with the Toets sheet\'s text rules', () => {
    const rules = spec.blocks[0].conditionalFormats;
    const oordeelKolommen = rules.filter((r) => r.rule.type === 'text').map((r) => r.columns[0]);
    expect([...new Set(oordeelKolommen)]).toEqual([1, 3]);
    const positief = rules.find((r) => r.rule.type === 'text' && r.rule.text === 'Positief' && r.columns[0] === 3);
    expect(positief?.rule).toMatchObject({ fill: 'C6EFCE', font: '006100' });
  });

  it('lists the weights of each scenario below, "uit" for a criterion that does not count', () => {
    const uit = rescoreInvoer(basis.analyse.invoer, { actief: { K3: false } as never });
    const gewichten = buildScenarioSheet({ naam: 'A', run: basis }, { naam: 'B', run: uit }).blocks[1];
    expect(gewichten.header).toEqual(['Criterium', 'Gewicht A', 'Gewicht B']);
    expect(gewichten.rows[0]).toEqual(['K1 Kwaliteit dienstverlening', 1, 1]);
    expect(gewichten.rows[2]).toEqual(['K3 Specifieke kennis of specialisten', 1, 'uit']);
    expect(gewichten.top).toBe(spec.blocks[0].top + 10 + 3);
  });

  it('names the scenarios and notes other settings that differ', () => {
    const anders = rescoreInvoer(basis.analyse.invoer, { drempels: { mto: [-0.5, -0.2, 0.2, 0.5] } as never, peiljaar: 2023 });
    const blad = buildScenarioSheet({ naam: 'A', run: basis }, { naam: 'B', run: anders });
    const teksten = blad.lines.map((l) => l.text);
    expect(teksten).toContain('A = A · B = B');
    expect(teksten).toContain('Drempels MTO-score: A (−0,30; −0,10; 0,10; 0,30), B (−0,50; −0,20; 0,20; 0,50).');
    expect(teksten).toContain('Peiljaar: A laatste jaar met gegevens, B 2023.');
  });

  it('can be placed on one grid (no overlapping lines and tables)', () => {
    expect(() => specToGrid(spec)).not.toThrow();
  });
});
