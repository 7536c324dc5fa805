/**
 * Duplicate observations (design section 4) at the scale of 10.000 taakvelden × 10 years:
 * the same taakveld, year, soort and measure twice means none of them is used. A plain Set
 * of 550.000 keys costs more than the rest of parsing together, so the common case (no
 * duplicates) is checked with one bit per (taakveld, year, soort, measure) in a typed array;
 * only when a duplicate exists does the general removeDubbele build its groups and issues.
 */
import type { Issue, Waarneming } from '../types';
import { WAARNEMING_MAAT_NR } from '../types';
import { MAX_JAAR, MIN_JAAR } from './parseJaarKop';
import { removeDubbele } from './removeDubbele';

/** Bits per taakveld: every year × 2 soorten × 8 measure slots. */
const BITS_PER_TAAKVELD = (MAX_JAAR - MIN_JAAR + 1) * 2 * 8;
const WOORDEN_PER_TAAKVELD = Math.ceil(BITS_PER_TAAKVELD / 32);

/**
 * `waarnemingen` without every group that shares taakveld, jaar, soort and maat; an issue per
 * cell of such a group. Without duplicates the array itself comes back (no copy of 550.000).
 */
export function removeDubbeleWaarnemingen(waarnemingen: Waarneming[], issues: Issue[]): Waarneming[] {
  if (heeftDubbele(waarnemingen, createSleutel()) === false) return waarnemingen;
  return removeDubbele(
    waarnemingen,
    (w) => `${w.taakveld}\u0000${w.jaar}\u0000${w.soort}\u0000${w.maat}`,
    (w) => `${w.maat} van ${w.taakveld} in ${w.jaar} (${w.soort})`,
    issues,
  );
}

/**
 * Numeric key of (taakveld, jaar, soort, maat): the taakveld's number times BITS_PER_TAAKVELD
 * plus its slot; -1 for a year outside MIN_JAAR..MAX_JAAR (the parser never makes one).
 */
function createSleutel(): (w: Waarneming) => number {
  const ids = new Map<string, number>();
  let vorige = '';
  let id = -1;
  return (w) => {
    // Consecutive observations mostly share their taakveld: skip the look-up then.
    if (w.taakveld !== vorige || id < 0) {
      vorige = w.taakveld;
      const bekend = ids.get(w.taakveld);
      id = bekend ?? ids.size;
      if (bekend === undefined) ids.set(w.taakveld, id);
    }
    const maat = WAARNEMING_MAAT_NR.get(w.maat) ?? 7;
    const soort = w.soort === 'Realisatie' ? 0 : 1;
    if (w.jaar >= MIN_JAAR && w.jaar <= MAX_JAAR && Number.isInteger(w.jaar)) {
      return id * BITS_PER_TAAKVELD + ((w.jaar - MIN_JAAR) * 2 + soort) * 8 + maat;
    }
    return -1;
  };
}

/**
 * True when two observations share a key, false when none do: one bit per key, no set of half
 * a million entries. 'onbekend' when a key falls outside the bit ranges.
 */
function heeftDubbele(waarnemingen: readonly Waarneming[], sleutel: (w: Waarneming) => number): boolean | 'onbekend' {
  let bits = new Uint32Array(WOORDEN_PER_TAAKVELD * 64);
  for (const w of waarnemingen) {
    const key = sleutel(w);
    if (key < 0 || key > 0x7fffffff) return 'onbekend';
    const woord = key >>> 5;
    if (woord >= bits.length) {
      const groter = new Uint32Array(Math.max(bits.length * 2, woord + WOORDEN_PER_TAAKVELD));
      groter.set(bits);
      bits = groter;
    }
    const bit = 1 << (key & 31);
    if (bits[woord] & bit) return true;
    bits[woord] |= bit;
  }
  return false;
}
