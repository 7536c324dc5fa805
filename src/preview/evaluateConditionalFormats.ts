/**
 * What the conditional-format rules of a sheet spec give each data cell: fill and font colour,
 * a data bar, or an icon colour. The preview's approximation of what Excel draws; pure.
 */
import type { BlockSpec, ColorScalePoint, ConditionalFormatRule, Kleur } from '../core/sheetSpec';
import type { CellValue } from '../core/types';

export interface CellLook {
  fill?: Kleur;
  font?: Kleur;
  /** Data bar length 0..1. */
  bar?: { fraction: number; color: Kleur };
  icon?: Kleur;
}

function mix(a: Kleur, b: Kleur, t: number): Kleur {
  const channel = (k: Kleur, i: number): number => parseInt(k.slice(i, i + 2), 16);
  return [0, 2, 4]
    .map((i) => Math.round(channel(a, i) + (channel(b, i) - channel(a, i)) * t).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

function pointValue(point: ColorScalePoint, values: number[]): number {
  if (point.type === 'lowest') return Math.min(...values);
  if (point.type === 'highest') return Math.max(...values);
  if (point.type === 'percentile') {
    const sorted = [...values].sort((x, y) => x - y);
    return sorted[Math.min(sorted.length - 1, Math.floor(((point.value ?? 50) / 100) * sorted.length))];
  }
  return point.value ?? 0;
}

function scale(x: number, points: ColorScalePoint[], values: number[]): Kleur {
  const stops = points.map((p) => ({ v: pointValue(p, values), color: p.color }));
  if (x <= stops[0].v) return stops[0].color;
  for (let i = 1; i < stops.length; i += 1) {
    if (x <= stops[i].v) {
      const span = stops[i].v - stops[i - 1].v;
      return mix(stops[i - 1].color, stops[i].color, span === 0 ? 1 : (x - stops[i - 1].v) / span);
    }
  }
  return stops[stops.length - 1].color;
}

function compare(rule: Extract<ConditionalFormatRule, { type: 'cellValue' }>, x: number): boolean {
  switch (rule.operator) {
    case 'greaterThan': return x > rule.value;
    case 'greaterThanOrEqual': return x >= rule.value;
    case 'lessThan': return x < rule.value;
    case 'lessThanOrEqual': return x <= rule.value;
    case 'equal': return x === rule.value;
    case 'between': return x >= Math.min(rule.value, rule.value2 ?? rule.value) && x <= Math.max(rule.value, rule.value2 ?? rule.value);
  }
}

function applyRule(rule: ConditionalFormatRule, value: CellValue, column: number[]): CellLook | null {
  if (rule.type === 'text') {
    if (typeof value !== 'string') return null;
    const hit = rule.operator === 'equals' ? value === rule.text : rule.operator === 'contains' ? value.includes(rule.text) : value.startsWith(rule.text);
    return hit ? { fill: rule.fill, font: rule.font } : null;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  switch (rule.type) {
    case 'cellValue': return compare(rule, value) ? { fill: rule.fill, font: rule.font } : null;
    case 'colorScale': return { fill: scale(value, rule.mid ? [rule.min, rule.mid, rule.max] : [rule.min, rule.max], column) };
    case 'dataBar': {
      const min = rule.min ?? Math.min(0, ...column);
      const max = rule.max ?? Math.max(...column);
      return { bar: { fraction: max === min ? 0 : Math.max(0, Math.min(1, (value - min) / (max - min))), color: rule.color } };
    }
    case 'iconSet': {
      const level = rule.thresholds.filter((t) => value >= t).length;
      const colors = rule.thresholds.length === 2 ? ['F8696B', 'FFEB84', '63BE7B'] : ['F8696B', 'FFB628', 'FFEB84', 'B1D580', '63BE7B'];
      return { icon: (rule.reverse ? [...colors].reverse() : colors)[level] };
    }
  }
}

/** Looks per data cell of `block`, indexed [row][column] relative to the block; as in Excel, the first rule wins. */
export function evaluateConditionalFormats(block: BlockSpec): (CellLook | null)[][] {
  const looks: (CellLook | null)[][] = block.rows.map((row) => row.map(() => null));
  for (const spec of block.conditionalFormats) {
    const numbers = spec.columns.flatMap((c) => block.rows.map((row) => row[c]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v)));
    for (const c of spec.columns) {
      block.rows.forEach((row, r) => {
        const look = applyRule(spec.rule, row[c] ?? null, numbers);
        if (look) looks[r][c] = { ...look, ...(looks[r][c] ?? {}) };
      });
    }
  }
  return looks;
}
