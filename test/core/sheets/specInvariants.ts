/** Checks every SheetSpec must pass, whatever the data: used by several sheet tests. */
import type { SheetSpec } from '../../../src/core/sheetSpec';

const INVARIANT_FORMAT = /^(\[\$€-413\] #,##0;\[\$€-413\] -#,##0|#,##0\.00|\+#,##0\.00;-#,##0\.00;0\.00|0\.0%|\+0\.0%;-0\.0%;0\.0%|\+0\.0;-0\.0;0\.0|0%|@|0)$/;

/** Throws (via expect) when a spec breaks a rule of design section 8 or the SheetSpec contract. */
export function expectValidSpec(spec: SheetSpec): void {
  expect(spec.lines.find((l) => l.row === 0)?.style).toBe('title');
  expect(spec.lines.find((l) => l.row === 1)?.style).toBe('subtitle');
  expect(spec.blocks.length).toBeGreaterThan(0);
  expect(Math.min(...spec.blocks.map((b) => b.top))).toBe(3);
  expect(spec.freeze).toEqual({ rows: 4, columns: 1 });
  expect(spec.tabColor).toMatch(/^[0-9A-F]{6}$/);
  const bezet = new Set<number>();
  for (const b of spec.blocks) {
    expect(b.tableName).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    expect(new Set(b.header).size).toBe(b.header.length);
    expect(b.rows.length).toBeGreaterThan(0);
    expect(b.columnFormats).toHaveLength(b.header.length);
    for (const f of b.columnFormats) if (f !== null) expect(f).toMatch(INVARIANT_FORMAT);
    for (const row of b.rows) {
      expect(row).toHaveLength(b.header.length);
      for (const cell of row) {
        expect(cell === null || ['string', 'number', 'boolean'].includes(typeof cell)).toBe(true);
        if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
        if (typeof cell === 'string') expect(cell).not.toMatch(/^[=+@]|NaN|Infinity|undefined/);
      }
    }
    for (const cf of b.conditionalFormats) for (const c of cf.columns) expect(c).toBeLessThan(b.header.length);
    for (const c of b.wrapColumns ?? []) expect(c).toBeLessThan(b.header.length);
    for (let r = b.top; r <= b.top + b.rows.length; r += 1) {
      expect(bezet.has(r)).toBe(false);
      bezet.add(r);
    }
    expect(spec.columnWidths.length).toBeGreaterThanOrEqual(b.left + b.header.length);
  }
  for (const l of spec.lines) expect(bezet.has(l.row)).toBe(false);
  for (const w of spec.columnWidths) expect(w).toBeGreaterThanOrEqual(8);
}
