/** The text of `samenwerkingstoets --help`. */
import { IV3_HELP_TEXT } from './iv3Command';

export const HELP_TEXT = `Samenwerkingstoets — toetst ambtelijke samenwerking per taakveld aan de criteria van de raad.

Gebruik:
  samenwerkingstoets score <in.xlsx> [-o uit.xlsx] [--json] [--overschrijven]
      Leest de invoerbladen (Kosten, FTE en optioneel Taakvelden, Indicatoren,
      Benchmark, Instellingen), scoort de taakvelden en schrijft de bladen Toets,
      Nul-lijn, Benchmarkvergelijking, Paragraaf en Controle in een kopie van het
      werkboek.
      -o, --output <uit.xlsx>  kopie hierheen schrijven (standaard: <naam>-toets.xlsx
                               naast het invoerbestand)
      --json                   alleen het resultaat als JSON op stdout (de kopie wordt
                               ook geschreven)
      --overschrijven          het invoerbestand zelf mag worden overschreven

  samenwerkingstoets template <uit.xlsx> [--voorbeeld] [--overschrijven]
      Schrijft een leeg invoersjabloon, of met --voorbeeld de voorbeeldwerkmap
      (fictieve cijfers; de benchmark komt uit het rekenkamerrapport). Een bestaand
      bestand wordt alleen met --overschrijven vervangen.

${IV3_HELP_TEXT}
  samenwerkingstoets --help

Afsluitcodes:
  0  gelukt
  1  gelukt, maar de invoer bevat fouten (zie het blad Controle of "issues")
  2  niet gelukt: bestand ontbreekt of is geen leesbaar .xlsx, een verplicht blad
     (Kosten of FTE) ontbreekt, het uitvoerbestand kan niet worden geschreven, of
     de opdrachtregel klopt niet
`;
