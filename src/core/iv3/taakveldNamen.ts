/**
 * Names of the taakvelden the import shows: "code naam", with the full BBV name rather than
 * the one CBS cut short with "..", and the old names of renamed codes as aliases.
 */
import { BBV_TAAKVELDEN } from './bbvTaakvelden';
import type { BbvTaakveld, Iv3Bestand } from './iv3Types';

export class TaakveldNamen {
  private readonly bbv = new Map<string, BbvTaakveld>();
  private readonly uitBestand = new Map<string, string>();

  /** The built-in BBV list, overlaid with any bbv-taakvelden file among `bestanden`. */
  constructor(bestanden: readonly Iv3Bestand[]) {
    for (const t of BBV_TAAKVELDEN) this.bbv.set(t.code, t);
    for (const b of bestanden) for (const t of b.taakvelden) this.bbv.set(t.code, t);
    for (const b of bestanden) {
      for (const o of b.opgaven) {
        for (const p of o.posten) {
          const naam = p.naam?.trim();
          const bekend = this.uitBestand.get(p.code);
          if (naam && (!bekend || naam.length > bekend.length)) this.uitBestand.set(p.code, naam);
        }
      }
    }
  }

  /** True when the BBV list knows the code. */
  isBekend(code: string): boolean {
    return this.bbv.has(code);
  }

  /** The name of a code: BBV first, else as the file wrote it, else ''. */
  naam(code: string): string {
    return this.bbv.get(code)?.naam ?? this.uitBestand.get(code) ?? '';
  }

  /** "0.4 Overhead": the label the workbook uses for the taakveld. */
  label(code: string): string {
    const naam = this.naam(code);
    return naam ? `${code} ${naam}` : code;
  }

  /** Earlier labels of the code ("6.4 Begeleide participatie"). */
  oudeLabels(code: string): string[] {
    return (this.bbv.get(code)?.oudeNamen ?? []).map((n) => `${code} ${n}`);
  }
}
