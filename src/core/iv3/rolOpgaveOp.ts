/**
 * One opgave per BBV taakveld at the level of the multi-year series: detail codes added to
 * their taakveld (`rollUpCode`), 0.10 and 0.11 left out. Amounts stay x € 1.000.
 */
import type { Iv3Opgave } from './iv3Types';
import { NIET_GEIMPORTEERD, rollUpCode } from './taakveldCode';

export interface TaakveldBedrag {
  code: string;
  /** Sum of the non-empty lasten of its codes; null when all are empty. */
  lasten: number | null;
  personeel: number | null;
  /** Cells the figure adds up, for the audit trail. */
  cellen: string[];
}

/** Taakveld amounts of one opgave, keyed by taakveld code. */
export function rolOpgaveOp(opgave: Iv3Opgave): Map<string, TaakveldBedrag> {
  const uit = new Map<string, TaakveldBedrag>();
  for (const p of opgave.posten) {
    if (NIET_GEIMPORTEERD.has(p.code)) continue;
    const code = rollUpCode(p.code);
    const t = uit.get(code) ?? { code, lasten: null, personeel: null, cellen: [] };
    if (p.lasten !== null) {
      t.lasten = (t.lasten ?? 0) + p.lasten;
      t.cellen.push(p.cel);
    }
    if (p.personeel !== null) t.personeel = (t.personeel ?? 0) + p.personeel;
    uit.set(code, t);
  }
  return uit;
}
