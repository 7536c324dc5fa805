/**
 * BBV taakveld codes as Iv3 writes them. Codes are text, never numbers: 0.1 and 0.10 are
 * different taakvelden, and so are 6.6 and 6.60.
 */

const CODE = /^\d{1,2}\.\d{1,3}[a-z]?$/;
const CEL = /^\s*(\d{1,2}\.\d{1,3}[a-z]?)(?:\s+(.*?))?\s*$/;

/**
 * Not lasten of a taakveld: 0.10 are reserve mutations (the series leaves them out too) and
 * 0.11 is the result of the year. Left out of the import.
 */
export const NIET_GEIMPORTEERD: ReadonlySet<string> = new Set(['0.10', '0.11']);

/** True for a code such as "0.4", "6.71a" or "6.711". */
export function isTaakveldCode(text: string): boolean {
  return CODE.test(text.trim());
}

/** "0.4 Overhead" → code "0.4", naam "Overhead"; null when the cell does not start with a code. */
export function splitTaakveldCel(cel: string): { code: string; naam: string } | null {
  const m = CEL.exec(cel);
  if (!m) return null;
  return { code: m[1], naam: (m[2] ?? '').replace(/\s+/g, ' ') };
}

/**
 * The BBV taakveld a detail code belongs to, at the level of the multi-year series: the
 * Iv3 specifications 6.71a–d, 6.72a–d, 6.73a–c, 6.74a–c, 6.81a–b, 6.82a–b (until 2024) and
 * 6.711–6.714, 6.751–6.753, 6.761–6.763, 6.791–6.792, 6.811–6.812, 6.821–6.822 (2025 on) roll
 * up into their two-decimal code, so every year shows the same taakvelden.
 */
export function rollUpCode(code: string): string {
  const letter = /^(\d{1,2}\.\d{1,2})[a-z]$/.exec(code);
  if (letter) return letter[1];
  const drie = /^(\d{1,2}\.\d{2})\d$/.exec(code);
  return drie ? drie[1] : code;
}

/** BBV order: by the number before the dot, then the digits after it as text (0.1, 0.10, 0.11, 0.2). */
export function compareCodes(a: string, b: string): number {
  const [ha, da = ''] = a.split('.');
  const [hb, db = ''] = b.split('.');
  const verschil = Number(ha) - Number(hb);
  if (verschil !== 0) return verschil;
  return da < db ? -1 : da > db ? 1 : 0;
}
