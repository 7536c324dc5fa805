/**
 * Finds the municipality a user typed: by GM code, by name (case, accents, apostrophes and
 * spaces do not matter), by the name without its province suffix when that is unique, or
 * by a common name ("Den Haag"). Otherwise a Dutch message with up to three close matches.
 */
import { GemeenteRegister } from './gemeenteRegister';
import {
  ROEPNAMEN, compactGemeenteNaam, computeEditDistance, verkortGemeenteNaam, normalizeGemeenteNaam,
} from './gemeenteNaam';
import type { Iv3Bestand, Iv3Gemeente } from './iv3Types';

export type GemeenteZoekUitkomst =
  | { gevonden: true; gemeente: Iv3Gemeente }
  | { gevonden: false; melding: string; suggesties: string[] };

const MAX_SUGGESTIES = 3;

/** Looks `invoer` up in the municipalities of `bestanden` (or of a register already built). */
export function zoekGemeente(bestanden: readonly Iv3Bestand[] | GemeenteRegister, invoer: string): GemeenteZoekUitkomst {
  const register = bestanden instanceof GemeenteRegister ? bestanden : new GemeenteRegister(bestanden);
  const gemeenten = register.gemeenten;
  const tekst = invoer.trim();
  if (gemeenten.length === 0) {
    return { gevonden: false, melding: 'De Iv3-bestanden bevatten geen enkele gemeente; kies een jaarbestand of de meerjarenreeks van CBS.', suggesties: [] };
  }
  if (tekst === '') return niet('Geef de naam of de GM-code van een gemeente op, bijvoorbeeld Heemstede of GM0397.', []);

  const code = /^gm\s*(\d{1,4})$/i.exec(tekst);
  if (code) return zoekCode(gemeenten, `GM${code[1].padStart(4, '0')}`);

  const roepnaam = ROEPNAMEN[compactGemeenteNaam(tekst)];
  const gezocht = roepnaam ?? tekst;
  const treffers = (sleutel: (naam: string) => string) => {
    const doel = sleutel(gezocht);
    return gemeenten.filter((g) => g.namen.some((n) => sleutel(n) === doel));
  };
  for (const sleutel of [normalizeGemeenteNaam, compactGemeenteNaam, verkortGemeenteNaam]) {
    const gevonden = treffers(sleutel);
    if (gevonden.length === 1) return { gevonden: true, gemeente: gevonden[0] };
    if (gevonden.length > 1) {
      const namen = gevonden.map((g) => g.naam);
      return niet(`"${tekst}" past bij meer dan één gemeente: ${namen.join(' en ')}. Typ de volledige naam.`, namen);
    }
  }
  const suggesties = zoekSuggesties(gemeenten, tekst);
  const hint = suggesties.length > 0 ? ` Bedoelt u ${suggesties.join(', ')}?` : '';
  return niet(`Gemeente "${tekst}" staat niet in de Iv3-bestanden.${hint} ` +
    'Controleer de spelling, of geef de GM-code (bijvoorbeeld GM0397 voor Heemstede).', suggesties);
}

function niet(melding: string, suggesties: string[]): GemeenteZoekUitkomst {
  return { gevonden: false, melding, suggesties };
}

function zoekCode(gemeenten: readonly Iv3Gemeente[], gmCode: string): GemeenteZoekUitkomst {
  const gevonden = gemeenten.find((g) => g.gmCode === gmCode);
  if (gevonden) return { gevonden: true, gemeente: gevonden };
  if (!gemeenten.some((g) => g.gmCode !== null)) {
    return niet(`GM-codes staan alleen in de meerjarenreeks van CBS, niet in de jaarbestanden; typ de naam van de gemeente ` +
      `in plaats van ${gmCode}, of voeg de meerjarenreeks toe.`, []);
  }
  return niet(`${gmCode} is geen gemeente in de Iv3-bestanden. Controleer de code (vier cijfers na GM, zoals GM0397).`, []);
}

/** Up to three names closest to `tekst` by edit distance; a name that starts with it counts as close. */
function zoekSuggesties(gemeenten: readonly Iv3Gemeente[], tekst: string): string[] {
  const doel = compactGemeenteNaam(tekst);
  const grens = Math.max(2, Math.floor(doel.length / 2));
  return gemeenten
    .map((g) => ({
      naam: g.naam,
      afstand: Math.min(...g.namen.map((n) => {
        const c = compactGemeenteNaam(n);
        return c.startsWith(doel) && doel.length >= 3 ? 1 : computeEditDistance(doel, c);
      })),
    }))
    .filter((s) => s.afstand <= grens)
    .sort((a, b) => a.afstand - b.afstand || a.naam.localeCompare(b.naam, 'nl'))
    .slice(0, MAX_SUGGESTIES)
    .map((s) => s.naam);
}
