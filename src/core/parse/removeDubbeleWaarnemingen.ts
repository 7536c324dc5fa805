/**
 * Duplicate observations (design section 4) at the scale of 10.000 taakvelden × 10 years:
 * the same taakveld, year, soort and measure twice means none of them is used. A plain Set
 * of 550.000 keys costs more than the rest of parsing together, so the common case (no
 * duplicates) is checked with one bit per (taakveld, year, soort, measure) in a typed array;
 * only when a duplicate exists does the general removeDubbele build its groups and issues.
 */
import type { Issue, Waarnemingen } from '../types';
import { toWaarnemingen, toWaarnemingLijst } from '../waarnemingen';
import { MAX_JAAR, MIN_JAAR } from './parseJaarKop';
import { removeDubbele } from './removeDubbele';

/** Bits per taakveld: every year × 2 soorten × 8 measure slots. */
const BITS_PER_TAAKVELD = (MAX_JAAR - MIN_JAAR + 1) * 2 * 8;
const WOORDEN_PER_TAAKVELD = Math.ceil(BITS_PER_TAAKVELD / 32);

/**
 * `waarnemingen` without every group that shares taakveld, jaar, soort and maat; an issue per
 * cell of such a group. Without duplicates the list itself comes back (no copy of 550.000).
 */
export function removeDubbeleWaarnemingen(waarnemingen: Waarnemingen, issues: Issue[]): Waarnemingen {
  if (heeftDubbele(waarnemingen, createSleutel(waarnemingen)) === false) return waarnemingen;
  const over = removeDubbele(
    toWaarnemingLijst(waarnemingen),
    (w) => `${w.taakveld}\u0000${w.jaar}\u0000${w.soort}\u0000${w.maat}`,
    (w) => `${w.maat} van ${w.taakveld} in ${w.jaar} (${w.soort})`,
    issues,
  );
  return toWaarnemingen(over);
}

/**
 * Numeric key of (taakveld, jaar, soort, maat): the taakveld's number times BITS_PER_TAAKVELD
 * plus its slot; -1 for a year outside MIN_JAAR..MAX_JAAR (the parser never makes one).
 */
function createSleutel(w: Waarnemingen): (i: number) => number {
  return (i) => {
    const jaar = w.jaar[i];
    if (jaar < MIN_JAAR || jaar > MAX_JAAR) return -1;
    return w.taakveldNr[i] * BITS_PER_TAAKVELD + ((jaar - MIN_JAAR) * 2 + w.soortNr[i]) * 8 + w.maatNr[i];
  };
}

/**
 * True when two observations share a key, false when none do: one bit per key, no set of half
 * a million entries. 'onbekend' when a key falls outside the bit ranges.
 */
function heeftDubbele(waarnemingen: Waarnemingen, sleutel: (i: number) => number): boolean | 'onbekend' {
  let bits = new Uint32Array(WOORDEN_PER_TAAKVELD * 64);
  for (let i = 0; i < waarnemingen.aantal; i += 1) {
    const key = sleutel(i);
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
