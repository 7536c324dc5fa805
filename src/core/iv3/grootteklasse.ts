/**
 * CBS size classes of municipalities ("Gemeentegrootte"), as the yearly files write them
 * ("20000tot50000inwoners", in 2025 also "Minderdan5000inwoners"), and from an inwonertal for
 * the series, which has no class. A class holds its lower bound: 20.000 is 20000tot50000.
 */

interface Klasse {
  /** Lower bound (inclusive). */
  vanaf: number;
  label: string;
  tekst: string;
}

const KLASSEN: readonly Klasse[] = [
  { vanaf: 0, label: 'minderdan5000inwoners', tekst: 'minder dan 5.000 inwoners' },
  { vanaf: 5000, label: '5000tot10000inwoners', tekst: '5.000 tot 10.000 inwoners' },
  { vanaf: 10000, label: '10000tot20000inwoners', tekst: '10.000 tot 20.000 inwoners' },
  { vanaf: 20000, label: '20000tot50000inwoners', tekst: '20.000 tot 50.000 inwoners' },
  { vanaf: 50000, label: '50000tot100000inwoners', tekst: '50.000 tot 100.000 inwoners' },
  { vanaf: 100000, label: '100000tot150000inwoners', tekst: '100.000 tot 150.000 inwoners' },
  { vanaf: 150000, label: '150000tot250000inwoners', tekst: '150.000 tot 250.000 inwoners' },
  { vanaf: 250000, label: '250000inwonersofmeer', tekst: '250.000 inwoners of meer' },
];

/** A class label compared without case and spaces ("Minderdan5000inwoners" = "minderdan5000inwoners"). */
export function normalizeKlasse(label: string): string {
  return label.toLowerCase().replace(/[\s.]/g, '');
}

/** The CBS class of an inwonertal, as the label the yearly files use. */
export function bepaalGrootteklasse(inwoners: number): string {
  let gevonden = KLASSEN[0];
  for (const k of KLASSEN) if (inwoners >= k.vanaf) gevonden = k;
  return gevonden.label;
}

/** A class label for people: "20000tot50000inwoners" → "20.000 tot 50.000 inwoners"; unknown labels as they are. */
export function beschrijfKlasse(label: string): string {
  const n = normalizeKlasse(label);
  return KLASSEN.find((k) => k.label === n)?.tekst ?? label;
}
