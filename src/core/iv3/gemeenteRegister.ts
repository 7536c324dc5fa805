/**
 * Who is who across the files. The series identifies a municipality by its GM code and
 * spells some names in two ways ("Hengelo" and "Hengelo (O.)"); the yearly files have the
 * name only. A yearly row joins a code by its full name, else by its name without the
 * province suffix when that is unique (there are two Bergens), else it stands on its own.
 */
import { verkortGemeenteNaam, normalizeGemeenteNaam } from './gemeenteNaam';
import type { Iv3Bestand, Iv3Gemeente, Iv3Opgave } from './iv3Types';

export class GemeenteRegister {
  readonly gemeenten: Iv3Gemeente[];
  private readonly perOpgave = new Map<Iv3Opgave, string>();
  private readonly perSleutel = new Map<string, Iv3Gemeente>();

  constructor(bestanden: readonly Iv3Bestand[]) {
    const opgaven = bestanden.flatMap((b) => b.opgaven);
    const vol = new Map<string, Set<string>>();
    const kort = new Map<string, Set<string>>();
    const voegToe = (map: Map<string, Set<string>>, naam: string, sleutel: string) => {
      const set = map.get(naam) ?? new Set<string>();
      set.add(sleutel);
      map.set(naam, set);
    };
    for (const o of opgaven) {
      if (o.gmCode === null) continue;
      this.perOpgave.set(o, o.gmCode);
      voegToe(vol, normalizeGemeenteNaam(o.gemeente), o.gmCode);
      voegToe(kort, verkortGemeenteNaam(o.gemeente), o.gmCode);
    }
    const enig = (set: Set<string> | undefined) => (set && set.size === 1 ? [...set][0] : undefined);
    for (const o of opgaven) {
      if (o.gmCode !== null) continue;
      const sleutel = enig(vol.get(normalizeGemeenteNaam(o.gemeente)))
        ?? enig(kort.get(verkortGemeenteNaam(o.gemeente)))
        ?? `naam:${normalizeGemeenteNaam(o.gemeente)}`;
      this.perOpgave.set(o, sleutel);
    }
    this.gemeenten = this.verzamel(opgaven);
    for (const g of this.gemeenten) this.perSleutel.set(g.sleutel, g);
  }

  /** The identity of the municipality an opgave belongs to. */
  sleutelVan(opgave: Iv3Opgave): string {
    const sleutel = this.perOpgave.get(opgave);
    if (sleutel === undefined) throw new RangeError(`Opgave van ${opgave.gemeente} hoort niet bij dit register`);
    return sleutel;
  }

  /** The municipality with this key, if any. */
  get(sleutel: string): Iv3Gemeente | undefined {
    return this.perSleutel.get(sleutel);
  }

  private verzamel(opgaven: readonly Iv3Opgave[]): Iv3Gemeente[] {
    const per = new Map<string, { namen: Set<string>; naam: string; jaar: number; gmCode: string | null }>();
    for (const o of opgaven) {
      const sleutel = this.sleutelVan(o);
      const g = per.get(sleutel) ?? { namen: new Set<string>(), naam: o.gemeente, jaar: o.jaar, gmCode: null };
      g.namen.add(o.gemeente);
      if (o.jaar > g.jaar) Object.assign(g, { naam: o.gemeente, jaar: o.jaar });
      g.gmCode = g.gmCode ?? o.gmCode;
      per.set(sleutel, g);
    }
    return [...per].map(([sleutel, g]) => ({ sleutel, naam: g.naam, gmCode: g.gmCode, namen: [...g.namen].sort() }))
      .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  }
}
