import type { Scenario } from '../../../src/core/hostPort';
import { copyInstellingen, findScenario, removeScenario, upsertScenario } from '../../../src/taskpane/scenarios/editScenarios';

const a: Scenario = { naam: 'Raad', instellingen: { gewichten: { K1: 2 } as never }, opgeslagen: '2024-05-01T10:00:00.000Z' };
const b: Scenario = { naam: 'Kosten zwaar', instellingen: {}, opgeslagen: '2024-05-02T10:00:00.000Z' };

describe('editScenarios', () => {
  it('adds a new name at the end and replaces an existing one in place, ignoring case and spaces', () => {
    const lijst = upsertScenario([a], b);
    expect(lijst.map((s) => s.naam)).toEqual(['Raad', 'Kosten zwaar']);
    const vervangen = upsertScenario(lijst, { ...a, naam: ' raad ', opgeslagen: 'later' });
    expect(vervangen.map((s) => s.opgeslagen)).toEqual(['later', b.opgeslagen]);
  });

  it('removes and finds by name', () => {
    expect(removeScenario([a, b], 'RAAD')).toEqual([b]);
    expect(findScenario([a, b], 'kosten zwaar')).toBe(b);
    expect(findScenario([a, b], 'onbekend')).toBeUndefined();
  });

  it('copies settings deeply', () => {
    const kopie = copyInstellingen(a.instellingen);
    expect(kopie).toEqual(a.instellingen);
    expect(kopie.gewichten).not.toBe(a.instellingen.gewichten);
  });
});
