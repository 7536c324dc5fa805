import { chooseTaal, getMessages } from '../../../src/taskpane/i18n/chooseTaal';
import { messagesEn } from '../../../src/taskpane/i18n/messagesEn';
import { messagesNl } from '../../../src/taskpane/i18n/messagesNl';

/** Every leaf path of a catalogue, functions called with sample arguments. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String((value as (...a: unknown[]) => unknown)('X', 2, 'Y'))]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

describe('chooseTaal', () => {
  it('is English for every English Office display language and Dutch otherwise', () => {
    expect(chooseTaal('en-US')).toBe('en');
    expect(chooseTaal('en-GB')).toBe('en');
    expect(chooseTaal('EN')).toBe('en');
    expect(chooseTaal('nl-NL')).toBe('nl');
    expect(chooseTaal('de-DE')).toBe('nl');
    expect(chooseTaal('fy-NL')).toBe('nl');
    expect(chooseTaal(undefined)).toBe('nl');
  });

  it('gives the matching catalogue', () => {
    expect(getMessages('en')).toBe(messagesEn);
    expect(getMessages('nl')).toBe(messagesNl);
    expect(messagesNl.tabs.uitvoeren).toBe('Uitvoeren');
    expect(messagesEn.tabs.uitvoeren).toBe('Run');
  });

  it('has the same keys in both catalogues, none empty', () => {
    const nl = leaves(messagesNl);
    const en = leaves(messagesEn);
    expect(en.map(([k]) => k)).toEqual(nl.map(([k]) => k));
    for (const [, tekst] of [...nl, ...en]) expect(tekst.trim()).not.toBe('');
  });

  it('words a count with the right plural', () => {
    expect(messagesNl.watAls.bijgewerkt(1)).toBe('Bijgewerkt: 1 cel.');
    expect(messagesNl.watAls.bijgewerkt(3)).toBe('Bijgewerkt: 3 cellen.');
    expect(messagesEn.watAls.bijgewerkt(1)).toBe('Updated: 1 cell.');
  });
});
