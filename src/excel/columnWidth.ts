/**
 * Column widths: a SheetSpec gives characters, Office.js takes points. In Excel's default font
 * (Aptos/Calibri 11) one character (the widest digit) is 7 pixels and a column has 5 pixels of
 * padding; a pixel is 0.75 point at 96 dpi. So w characters ≈ (7w + 5) px ≈ (7w + 5) × 0.75 pt,
 * which is what Excel itself shows as width w. Other fonts or zoom make this approximate.
 */
import { columnLetters } from '../core/cellAddress';

/** Points for a width in characters. */
export function charactersToPoints(characters: number): number {
  if (characters <= 0) return 0;
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Consecutive columns of equal width merged: "A:A" → 225, "B:D" → 69.75, … */
export function columnWidthRanges(widths: number[]): { address: string; points: number }[] {
  const ranges: { address: string; points: number }[] = [];
  let start = 0;
  for (let c = 1; c <= widths.length; c += 1) {
    if (c === widths.length || widths[c] !== widths[start]) {
      ranges.push({ address: `${columnLetters(start)}:${columnLetters(c - 1)}`, points: charactersToPoints(widths[start]) });
      start = c;
    }
  }
  return ranges;
}
