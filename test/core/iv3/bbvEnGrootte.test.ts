import { BBV_TAAKVELDEN } from '../../../src/core/iv3';
import { beschrijfKlasse, bepaalGrootteklasse, normalizeKlasse } from '../../../src/core/iv3/grootteklasse';
import { BBV, parseFixture } from './iv3Fixtures';

describe('built-in BBV list', () => {
  it('is the same as bbv-taakvelden.csv, names and renames included', () => {
    expect(BBV_TAAKVELDEN).toEqual(parseFixture(BBV).taakvelden);
  });
});

describe('CBS size classes', () => {
  it('puts a bound in the class above it, as the yearly files do', () => {
    expect(bepaalGrootteklasse(4999)).toBe('minderdan5000inwoners');
    expect(bepaalGrootteklasse(5000)).toBe('5000tot10000inwoners');
    expect(bepaalGrootteklasse(19999)).toBe('10000tot20000inwoners');
    expect(bepaalGrootteklasse(20000)).toBe('20000tot50000inwoners');
    expect(bepaalGrootteklasse(27778)).toBe('20000tot50000inwoners');
    expect(bepaalGrootteklasse(249999)).toBe('150000tot250000inwoners');
    expect(bepaalGrootteklasse(562839)).toBe('250000inwonersofmeer');
  });

  it('compares labels without case and describes them for people', () => {
    expect(normalizeKlasse('Minderdan5000inwoners')).toBe(normalizeKlasse('minderdan5000inwoners'));
    expect(beschrijfKlasse('20000tot50000inwoners')).toBe('20.000 tot 50.000 inwoners');
    expect(beschrijfKlasse('Minderdan5000inwoners')).toBe('minder dan 5.000 inwoners');
  });
});
