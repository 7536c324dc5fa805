/**
 * The public reference group: municipalities of the same CBS size class (or province, or
 * named ones) in the same file, year and document, always without the municipality itself.
 * Their lasten per inwoner give the mean and median a taakveld is compared with.
 */
import { scaleGetal } from '../parse/eenheid';
import type { GemeenteRegister } from './gemeenteRegister';
import { beschrijfKlasse, bepaalGrootteklasse, normalizeKlasse } from './grootteklasse';
import type { Iv3Bestand, Iv3Opgave, Iv3Referentie } from './iv3Types';
import { rolOpgaveOp, type TaakveldBedrag } from './rolOpgaveOp';

export interface Referentiegroep {
  /** "gemeenten met 20.000 tot 50.000 inwoners", "provincie Noord-Holland", "Bloemendaal". */
  omschrijving: string;
  leden: { opgave: Iv3Opgave; inwoners: number; bedragen: Map<string, TaakveldBedrag> }[];
}

export interface GroepCijfers {
  /** Mean of the members' lasten per inwoner, in euros. */
  gemiddelde: number;
  mediaan: number;
  aantal: number;
}

export interface GroepContext {
  register: GemeenteRegister;
  /** Province of a municipality from any file that has it (the series has none). */
  provincieVan: (sleutel: string) => string | null;
  /** Keys of the named municipalities, for `{ soort: 'gemeenten' }`. */
  genoemd: ReadonlySet<string>;
}

/** Class of an opgave: as its file says, else from its inwonertal. */
export function bepaalKlasse(o: Iv3Opgave): string | null {
  if (o.grootteklasse) return normalizeKlasse(o.grootteklasse);
  return o.inwoners !== null ? bepaalGrootteklasse(o.inwoners) : null;
}

/** The group for `eigen`, taken from `bestand`; null with a reason when it cannot be formed. */
export function bepaalReferentiegroep(
  eigen: Iv3Opgave, bestand: Iv3Bestand, referentie: Iv3Referentie, ctx: GroepContext,
): Referentiegroep | { reden: string } {
  const eigenSleutel = ctx.register.sleutelVan(eigen);
  const kandidaten = bestand.opgaven.filter((o) => o.jaar === eigen.jaar && o.document === eigen.document &&
    ctx.register.sleutelVan(o) !== eigenSleutel && o.inwoners !== null);
  let omschrijving: string;
  let leden: Iv3Opgave[];
  if (referentie.soort === 'grootteklasse') {
    const klasse = bepaalKlasse(eigen);
    if (klasse === null) return { reden: `het inwonertal van ${eigen.gemeente} staat niet in ${bestand.bestandsnaam}` };
    omschrijving = `gemeenten met ${beschrijfKlasse(klasse)}`;
    leden = kandidaten.filter((o) => bepaalKlasse(o) === klasse);
  } else if (referentie.soort === 'provincie') {
    const provincie = eigen.provincie ?? ctx.provincieVan(eigenSleutel);
    if (provincie === null) {
      return { reden: `de provincie van ${eigen.gemeente} is onbekend: de meerjarenreeks heeft geen provincie; voeg een jaarbestand van CBS toe` };
    }
    omschrijving = `gemeenten in de provincie ${provincie}`;
    leden = kandidaten.filter((o) => (o.provincie ?? ctx.provincieVan(ctx.register.sleutelVan(o))) === provincie);
  } else {
    leden = kandidaten.filter((o) => ctx.genoemd.has(ctx.register.sleutelVan(o)));
    omschrijving = leden.map((o) => o.gemeente).sort((a, b) => a.localeCompare(b, 'nl')).join(', ');
  }
  if (leden.length === 0) return { reden: `geen enkele andere gemeente in ${bestand.bestandsnaam} hoort bij deze referentiegroep` };
  return {
    omschrijving,
    leden: leden.map((opgave) => ({ opgave, inwoners: opgave.inwoners as number, bedragen: rolOpgaveOp(opgave) })),
  };
}

/** Mean and median lasten per inwoner (euros) of the members with a figure for `code`; null when none has one. */
export function berekenGroepCijfers(groep: Referentiegroep, code: string): GroepCijfers | null {
  const perInwoner = groep.leden.flatMap((lid) => {
    const lasten = lid.bedragen.get(code)?.lasten;
    return lasten === null || lasten === undefined ? [] : [scaleGetal(lasten, 1000) / lid.inwoners];
  });
  if (perInwoner.length === 0) return null;
  const gesorteerd = [...perInwoner].sort((a, b) => a - b);
  const midden = Math.floor(gesorteerd.length / 2);
  const mediaan = gesorteerd.length % 2 === 1 ? gesorteerd[midden] : (gesorteerd[midden - 1] + gesorteerd[midden]) / 2;
  return { gemiddelde: perInwoner.reduce((s, x) => s + x, 0) / perInwoner.length, mediaan, aantal: perInwoner.length };
}
