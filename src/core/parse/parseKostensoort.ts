/**
 * Kostensoort cells in grouped cost sheets, matched loosely: "Personeelskosten",
 * "Materiële lasten", "Kapitaallasten (afschrijving)", "Inhuur derden".
 */
import type { CellValue, KostenMaat } from '../types';
import { compactKop } from './normalizeKop';

/** Checked in this order, so "Inhuur personeel" is Inhuur and not Personeel. */
const STAMMEN: readonly { maat: KostenMaat; stammen: string[] }[] = [
  { maat: 'Inhuur', stammen: ['inhuur', 'ingehuurd', 'extern', 'derden', 'uitzend', 'detachering'] },
  { maat: 'Afschrijving', stammen: ['afschrijving', 'kapitaallast', 'rente en afschrijving'] },
  { maat: 'Materieel', stammen: ['materi', 'goederen', 'diensten', 'middelen'] },
  { maat: 'Personeel', stammen: ['personeel', 'personele', 'salaris', 'loon', 'lonen', 'sociale lasten', 'ambtelijk'] },
];

/** Labels repeat on every taakveld, so their reading is remembered (bounded). */
const GEHEUGEN = new Map<string, KostenMaat | null>();
const MAX_GEHEUGEN = 500;

/** The kostensoort a cell names, or null when it names none of the four. */
export function parseKostensoort(value: CellValue): KostenMaat | null {
  const tekst = typeof value === 'string' ? value : String(value ?? '');
  const bekend = GEHEUGEN.get(tekst);
  if (bekend !== undefined) return bekend;
  const maat = matchKostensoort(compactKop(tekst));
  if (GEHEUGEN.size < MAX_GEHEUGEN) GEHEUGEN.set(tekst, maat);
  return maat;
}

function matchKostensoort(key: string): KostenMaat | null {
  if (key === '') return null;
  for (const { maat, stammen } of STAMMEN) {
    if (stammen.some((s) => key.includes(s.replace(/ /g, '')))) return maat;
  }
  return null;
}
