/**
 * Fictitious example costs (x € 1.000) for the example workbook, one array per kostensoort in
 * the order of `KOSTEN_JAARKOLOMMEN`: 2018, 2019, Begroting 2020, Jaarrekening 2020, R2021,
 * R2022, R2023, Begroting 2024. Made up to look like a small municipality and to make the
 * verdicts differ: Communicatie, Facilitaire Zaken and Inkoop get cheaper, Financiële
 * Administratie and Handhaving dearer, Informatisering grows with a taakuitbreiding.
 */
import type { KostenMaat } from '../types';

export interface VoorbeeldKostenGroep {
  taakveld: string;
  bedragen: Record<KostenMaat, readonly number[]>;
}

export const VOORBEELD_KOSTEN: readonly VoorbeeldKostenGroep[] = [
  { taakveld: 'Communicatie', bedragen: {
    Personeel: [231.4, 236.9, 240.0, 229.8, 224.6, 221.3, 225.7, 228.4],
    Materieel: [48.2, 51.7, 50.0, 44.1, 39.8, 41.2, 40.5, 41.0],
    Afschrijving: [3.1, 3.1, 3.0, 3.0, 2.4, 2.4, 1.8, 1.8],
    Inhuur: [27.5, 31.2, 15.0, 22.6, 12.3, 9.8, 11.4, 8.0],
  } },
  { taakveld: 'Personeel & Organisatie', bedragen: {
    Personeel: [392.5, 401.3, 410.0, 404.8, 412.6, 418.9, 421.4, 425.0],
    Materieel: [62.4, 58.9, 60.0, 61.7, 63.5, 66.2, 64.8, 65.0],
    Afschrijving: [4.2, 4.2, 4.0, 4.2, 3.6, 3.6, 3.6, 3.5],
    Inhuur: [35.8, 22.4, 20.0, 41.3, 18.6, 24.9, 27.7, 15.0],
  } },
  { taakveld: 'Facilitaire Zaken', bedragen: {
    Personeel: [448.2, 452.7, 460.0, 441.5, 430.8, 426.3, 432.9, 438.0],
    Materieel: [312.6, 298.4, 305.0, 287.9, 281.2, 290.5, 284.7, 288.0],
    Afschrijving: [41.8, 41.8, 42.0, 41.8, 38.5, 38.5, 36.2, 36.0],
    Inhuur: [24.3, 28.7, 10.0, 19.4, 21.6, 17.8, 14.2, 10.0],
  } },
  { taakveld: 'Financiële Administratie', bedragen: {
    Personeel: [421.6, 428.3, 435.0, 447.2, 462.8, 479.5, 488.1, 495.0],
    Materieel: [38.4, 36.9, 40.0, 42.3, 45.1, 47.6, 49.2, 50.0],
    Afschrijving: [6.5, 6.5, 6.0, 6.5, 12.8, 12.8, 12.8, 12.5],
    Inhuur: [18.2, 24.6, 15.0, 38.9, 52.4, 47.3, 61.5, 45.0],
  } },
  { taakveld: 'Informatisering', bedragen: {
    Personeel: [702.4, 718.9, 735.0, 741.6, 768.3, 792.1, 805.7, 805.0],
    Materieel: [915.8, 948.2, 960.0, 1012.4, 1043.7, 1068.9, 1091.3, 1080.0],
    Afschrijving: [186.5, 192.3, 195.0, 201.8, 214.6, 222.0, 219.4, 220.0],
    Inhuur: [88.7, 112.4, 60.0, 95.3, 71.8, 64.2, 58.9, 45.0],
  } },
  { taakveld: 'Handhaving openbare ruimte', bedragen: {
    Personeel: [498.3, 512.6, 520.0, 515.4, 528.9, 547.3, 561.2, 575.0],
    Materieel: [74.5, 71.2, 75.0, 82.6, 88.1, 85.4, 91.7, 90.0],
    Afschrijving: [12.0, 12.0, 12.5, 12.0, 11.6, 18.4, 18.4, 18.0],
    Inhuur: [31.6, 44.8, 20.0, 38.7, 52.9, 61.3, 48.6, 40.0],
  } },
  { taakveld: 'Juridische Zaken', bedragen: {
    Personeel: [268.4, 275.1, 280.0, 283.9, 291.2, 296.8, 302.5, 305.0],
    Materieel: [22.1, 19.8, 25.0, 21.4, 23.6, 26.9, 24.3, 25.0],
    Afschrijving: [0, 0, 0, 0, 0, 0, 0, 0],
    Inhuur: [45.2, 38.7, 30.0, 52.6, 48.1, 36.4, 41.9, 35.0],
  } },
  { taakveld: 'Burgerzaken', bedragen: {
    Personeel: [610.5, 624.8, 630.0, 628.1, 641.7, 655.3, 662.8, 670.0],
    Materieel: [145.2, 151.6, 150.0, 162.4, 158.9, 163.7, 171.2, 170.0],
    Afschrijving: [8.4, 8.4, 8.0, 8.4, 8.4, 6.1, 6.1, 6.0],
    Inhuur: [12.7, 9.3, 10.0, 24.8, 15.6, 11.2, 18.9, 10.0],
  } },
  { taakveld: 'Ruimtelijke ordening', bedragen: {
    Personeel: [512.7, 525.4, 540.0, 531.8, 538.2, 544.9, 552.3, 560.0],
    Materieel: [86.3, 92.8, 90.0, 78.4, 81.5, 84.2, 79.6, 80.0],
    Afschrijving: [0, 0, 0, 0, 0, 0, 0, 0],
    Inhuur: [118.6, 96.2, 80.0, 104.5, 72.3, 58.1, 62.7, 55.0],
  } },
  { taakveld: 'Inkoop', bedragen: {
    Personeel: [38.2, 39.6, 40.0, 41.3, 42.7, 43.8, 44.9, 46.0],
    Materieel: [4.1, 3.8, 4.0, 3.2, 2.9, 3.5, 3.1, 3.0],
    Afschrijving: [0, 0, 0, 0, 0, 0, 0, 0],
    Inhuur: [62.4, 71.8, 55.0, 48.6, 39.2, 35.7, 30.4, 25.0],
  } },
];
