import { parseIv3, zoekGemeente, type Iv3Bestand } from '../../../src/core/iv3';
import { computeEditDistance } from '../../../src/core/iv3/gemeenteNaam';
import { JR2023, REEKS, leesFixture, parseFixture } from './iv3Fixtures';

const alles = [parseFixture(JR2023), parseFixture(REEKS)];
const naam = (bestanden: Iv3Bestand[], invoer: string) => {
  const u = zoekGemeente(bestanden, invoer);
  return u.gevonden ? u.gemeente.naam : u.melding;
};

describe('zoekGemeente', () => {
  it('finds a name whatever its case, spaces or accents', () => {
    for (const invoer of ['Heemstede', 'heemstede', '  HEEMSTEDE ', 'Héémstede']) expect(naam(alles, invoer)).toBe('Heemstede');
  });

  it('finds a GM code, also without leading zeros, and gives the code with the municipality', () => {
    const u = zoekGemeente(alles, 'gm397');
    expect(u).toEqual({ gevonden: true, gemeente: expect.objectContaining({ naam: 'Heemstede', gmCode: 'GM0397', sleutel: 'GM0397' }) });
    expect(naam(alles, 'GM9999')).toMatch(/GM9999 is geen gemeente/);
  });

  it('links the yearly files to the series by name, so one municipality is one key', () => {
    const u = zoekGemeente(alles, 'Bloemendaal');
    expect(u.gevonden && u.gemeente.sleutel).toBe('GM0377');
  });

  it('joins the two spellings of one GM code, and matches without the province suffix when unique', () => {
    const u = zoekGemeente(alles, 'Hengelo');
    expect(u.gevonden && u.gemeente.namen).toEqual(['Hengelo', 'Hengelo (O.)']);
    expect(naam(alles, 'hengelo (o.)')).toBe('Hengelo (O.)');
    expect(naam(alles, 'nuenen gerwen en nederwetten')).toBe('Nuenen, Gerwen en Nederwetten');
  });

  it('asks which one is meant when two municipalities differ only in the province', () => {
    const u = zoekGemeente(alles, 'Bergen');
    expect(u).toEqual({ gevonden: false, suggesties: ['Bergen (L.)', 'Bergen (NH.)'], melding: expect.stringMatching(/meer dan één gemeente: Bergen \(L\.\) en Bergen \(NH\.\)/) });
    expect(naam(alles, 'Bergen (NH)')).toBe('Bergen (NH.)');
  });

  it('suggests up to three close names for a typo', () => {
    const u = zoekGemeente(alles, 'Heemsted');
    expect(u.gevonden).toBe(false);
    if (u.gevonden) return;
    expect(u.suggesties[0]).toBe('Heemstede');
    expect(u.suggesties.length).toBeLessThanOrEqual(3);
    expect(u.melding).toBe('Gemeente "Heemsted" staat niet in de Iv3-bestanden. Bedoelt u Heemstede? ' +
      'Controleer de spelling, of geef de GM-code (bijvoorbeeld GM0397 voor Heemstede).');
    const bloem = zoekGemeente(alles, 'Blomendal');
    expect(!bloem.gevonden && bloem.suggesties).toEqual(['Bloemendaal']);
    const niets = zoekGemeente(alles, 'Xyzzyqwerty');
    expect(!niets.gevonden && niets.suggesties).toEqual([]);
  });

  it('knows the common names of The Hague', () => {
    const kop = leesFixture(JR2023).split('\n')[0];
    const denHaag = parseIv3(`${kop}\n's-Gravenhage;0.1 Bestuur;9869.0;35.0;21832.0;Zuid-Holland;250000inwonersofmeer;Zeersterkstedelijk;562839;;Zwak\n`,
      '2023_begroting.csv');
    expect(naam([denHaag], 'Den Haag')).toBe("'s-Gravenhage");
    expect(naam([denHaag], 's-gravenhage')).toBe("'s-Gravenhage");
  });

  it('says that GM codes need the series when only yearly files are given', () => {
    expect(naam([parseFixture(JR2023)], 'GM0397')).toMatch(/^GM-codes staan alleen in de meerjarenreeks/);
  });

  it('computeEditDistance counts single-character edits', () => {
    expect(computeEditDistance('heemstede', 'heemsted')).toBe(1);
    expect(computeEditDistance('bloemendaal', 'blomendal')).toBe(2);
    expect(computeEditDistance('', 'abc')).toBe(3);
  });
});
