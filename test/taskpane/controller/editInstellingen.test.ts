import fc from 'fast-check';
import { combineInstellingen } from '../../../src/core/runToets';
import {
  isGeldigJaar, isOplopend, parseInvoerGetal, setActief, setDrempels, setGewicht, setNulLijnJaren, setPeiljaar,
} from '../../../src/taskpane/controller/editInstellingen';

describe('editInstellingen', () => {
  it('sets one weight, clamped to the council scale 0..5, keeping the others', () => {
    const een = setGewicht({}, 'K1', 3);
    expect(setGewicht(een, 'K2', 9).gewichten).toEqual({ K1: 3, K2: 5 });
    expect(setGewicht({}, 'K3', -1).gewichten).toEqual({ K3: 0 });
  });

  it('does not change its input', () => {
    const paneel = { gewichten: { K1: 1 } as never };
    setGewicht(paneel, 'K1', 4);
    setActief(paneel, 'K2', false);
    expect(paneel).toEqual({ gewichten: { K1: 1 } });
  });

  it('wins over the Instellingen sheet per key when combined', () => {
    const blad = { gewichten: { K1: 2, K2: 2 } as never };
    const paneel = setActief(setGewicht({}, 'K2', 4), 'K6', false);
    const geldend = combineInstellingen(blad, paneel);
    expect(geldend.gewichten.K1).toBe(2);
    expect(geldend.gewichten.K2).toBe(4);
    expect(geldend.actief.K6).toBe(false);
  });

  it('sorts nul-lijn years and clears the peiljaar to "latest year" over a sheet value', () => {
    expect(setNulLijnJaren({}, [{ jaar: 2020, soort: 'Begroting' }, { jaar: 2018, soort: 'Realisatie' }]).nulLijnJaren?.map((j) => j.jaar)).toEqual([2018, 2020]);
    const geldend = combineInstellingen({ peiljaar: 2022 }, setPeiljaar({ peiljaar: 2023 }, null));
    expect(geldend.peiljaar).toBeUndefined();
    expect(setPeiljaar({}, 2023).peiljaar).toBe(2023);
  });

  it('sets thresholds and recognises ascending ones only', () => {
    expect(setDrempels({}, 'mto', [-1, 0, 1, 2]).drempels).toEqual({ mto: [-1, 0, 1, 2] });
    expect(isOplopend([-1, 0, 1, 2])).toBe(true);
    expect(isOplopend([-1, 0, 0, 2])).toBe(false);
    expect(isOplopend([-1, 0, 1])).toBe(false);
    expect(isOplopend([-1, Number.NaN, 1, 2])).toBe(false);
  });

  it('reads numbers as Dutch and English users type them', () => {
    expect(parseInvoerGetal('0,3')).toBe(0.3);
    expect(parseInvoerGetal('0.3')).toBe(0.3);
    expect(parseInvoerGetal('\u22125')).toBe(-5);
    expect(parseInvoerGetal(' -15 ')).toBe(-15);
    expect(parseInvoerGetal('')).toBeNull();
    expect(parseInvoerGetal('vijf')).toBeNull();
    expect(parseInvoerGetal('1,2,3')).toBeNull();
  });

  it('parses every finite decimal it prints back to the same number', () => {
    // Below 1e-6 String() switches to exponent notation, which nobody types into a threshold.
    const getal = fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((n) => n === 0 || Math.abs(n) >= 1e-6);
    fc.assert(fc.property(getal, (n) => {
      expect(parseInvoerGetal(String(n).replace('.', ','))).toBe(n === 0 ? 0 : n);
    }));
  });

  it('accepts whole years 1990..2100', () => {
    expect(isGeldigJaar(2018)).toBe(true);
    expect(isGeldigJaar(1989)).toBe(false);
    expect(isGeldigJaar(2020.5)).toBe(false);
  });
});
