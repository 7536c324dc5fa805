/**
 * The shape of a message catalogue. Every text the task pane shows comes from one catalogue
 * per language (messagesNl, messagesEn); components never hold literal text. Issue messages
 * come from the core and stay Dutch, as the workbook's Controle sheet does.
 */
import type { CriteriumId, IndicatorId, Oordeel, Role, Severity, Soort } from '../../core/types';

export type Taal = 'nl' | 'en';

/** What the task pane was doing when the host failed. */
export type HostActie =
  | 'laden'
  | 'uitvoeren'
  | 'bijwerken'
  | 'sjabloon'
  | 'instellingen'
  | 'scenarios'
  | 'selecteren'
  | 'live'
  | 'vergelijken';

export interface Messages {
  taal: Taal;
  app: { titel: string; laden: string; sluitMelding: string; hoofdnavigatie: string };
  tabs: { gegevens: string; criteria: string; uitvoeren: string; watAls: string };
  rollen: Record<Role, string>;
  oordelen: Record<Oordeel, string>;
  criteria: Record<CriteriumId, string>;
  indicatoren: Record<IndicatorId, string>;
  soorten: Record<Soort, string>;
  ernst: Record<Severity, string>;
  gegevens: {
    titel: string;
    uitleg: string;
    verplicht: string;
    optioneel: string;
    geenBlad: string;
    kiesVerplicht: (rol: string) => string;
    voorbeeldTitel: (blad: string) => string;
    layoutBreed: string;
    layoutLang: string;
    kopRij: (rij: number) => string;
    kolommen: string;
    jaren: string;
    eenheid: (factor: string) => string;
    geenKop: string;
    sjabloonTitel: string;
    sjabloonUitleg: string;
    metVoorbeeld: string;
    sjabloonKnop: string;
    sjabloonIngevoegd: (bladen: string) => string;
    vernieuwen: string;
    iv3Titel: string;
    iv3Uitleg: string;
    iv3Bestanden: string;
    iv3Gekozen: (aantal: number) => string;
    iv3Gemeente: string;
    iv3Knop: string;
    iv3Ingelezen: (gemeente: string, bladen: string, meldingen: number) => string;
    iv3NietsIngevoegd: (gemeente: string) => string;
  };
  instellingen: {
    gewichtenTitel: string;
    gewichtenUitleg: string;
    gewicht: (id: CriteriumId) => string;
    actief: (id: CriteriumId) => string;
    alleenBeleid: string;
    drempelsTitel: string;
    drempelsUitleg: string;
    drempel: (n: number) => string;
    drempelFout: string;
    nulLijnTitel: string;
    jaar: string;
    soort: string;
    jaarToevoegen: string;
    jaarVerwijderen: (jaar: string) => string;
    jaarFout: string;
    peiljaar: string;
    peiljaarLeeg: string;
    herstellen: string;
    bewaardInWerkboek: string;
    oordelenNu: string;
  };
  uitvoeren: {
    knop: string;
    bezig: string;
    stappen: { lezen: string; berekenen: string; schrijven: string };
    stap: (nummer: number, totaal: number, wat: string) => string;
    samenvattingTitel: string;
    kerncijfers: (taakvelden: number, peiljaar: string) => string;
    geenPeiljaar: string;
    laagsteRobuustheid: string;
    robuustheidUitleg: string;
    issuesTitel: (aantal: number) => string;
    geenIssues: string;
    naarCel: (blad: string, cel: string) => string;
    werkboek: string;
    klaar: (bladen: string) => string;
    backup: (blad: string, backup: string) => string;
    naarToets: string;
    nogNietUitgevoerd: string;
    leest: (bladen: string) => string;
    meerIssues: (aantal: number) => string;
  };
  watAls: {
    liveTitel: string;
    liveSchakelaar: string;
    liveUitleg: string;
    liveNaRun: string;
    /** Shown while Excel registers the watch. */
    liveStarten: string;
    /** Shown once the watch is on and nothing has been updated yet. */
    liveWacht: string;
    bijgewerkt: (cellen: number) => string;
    scenariosTitel: string;
    scenariosUitleg: string;
    naam: string;
    naamFout: string;
    bewaar: string;
    toepassenKnop: string;
    toepassen: (naam: string) => string;
    verwijderen: (naam: string) => string;
    geenScenarios: string;
    opgeslagen: (datum: string) => string;
    bewaard: (naam: string) => string;
    toegepast: (naam: string) => string;
    vergelijkTitel: string;
    scenarioA: string;
    scenarioB: string;
    kies: string;
    vergelijkKnop: string;
    vergelijkFout: string;
    vergeleken: (blad: string) => string;
  };
  fouten: {
    host: Record<HostActie, string>;
    instellingen: string;
    iv3: string;
  };
  preview: {
    titel: string;
    bestandKiezen: string;
    downloaden: string;
    voorbeeldLaden: string;
    taal: string;
    thema: string;
    licht: string;
    donker: string;
    geenWerkboek: string;
    bladen: string;
    celBewerken: (cel: string) => string;
    gridLabel: (blad: string) => string;
    leesFout: string;
  };
}
