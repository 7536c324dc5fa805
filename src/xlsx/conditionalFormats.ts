/**
 * The core's conditional-format rules as exceljs rules. Every rule of the typed union maps to
 * a rule Excel itself writes, so the file opens without repairs in Excel and LibreOffice.
 */
import type ExcelJS from 'exceljs';
import { columnLetters } from '../core/cellAddress';
import type { BlockSpec, ColorScalePoint, ConditionalFormatRule, Kleur } from '../core/sheetSpec';
import { XlsxWriteError } from './xlsxErrors';

const ICON_COUNT: Record<string, number> = { '3Arrows': 3, '3TrafficLights1': 3, '3Symbols': 3, '5Arrows': 5 };

/** exceljs colour from the spec's 6 hex digits. */
export function toArgb(kleur: Kleur): { argb: string } {
  if (!/^[0-9A-Fa-f]{6}$/.test(kleur)) throw new XlsxWriteError(`Ongeldige kleur "${kleur}": verwacht 6 hexadecimale cijfers.`);
  return { argb: `FF${kleur.toUpperCase()}` };
}

/**
 * The data cells (header excluded) of some block columns as an Excel sqref: adjacent columns
 * form one rectangle, so a colour scale over K1..K6 compares all six; null for an empty block.
 */
export function blockColumnsRef(block: BlockSpec, columns: number[]): string | null {
  if (block.rows.length === 0 || columns.length === 0) return null;
  const first = block.top + 2;
  const last = block.top + 1 + block.rows.length;
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = sorted[0];
  for (let i = 1; i <= sorted.length; i += 1) {
    if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
    const from = columnLetters(block.left + start);
    const to = columnLetters(block.left + sorted[i - 1]);
    ranges.push(`${from}${first}:${to}${last}`);
    if (i < sorted.length) start = sorted[i];
  }
  return ranges.join(' ');
}

function cfvo(point: ColorScalePoint): ExcelJS.Cvfo {
  switch (point.type) {
    case 'lowest': return { type: 'min' };
    case 'highest': return { type: 'max' };
    case 'number': return { type: 'num', value: point.value ?? 0 };
    case 'percentile': return { type: 'percentile', value: point.value ?? 50 };
  }
}

function fillStyle(fill: Kleur, font?: Kleur): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = { fill: { type: 'pattern', pattern: 'solid', bgColor: toArgb(fill) } };
  if (font) style.font = { color: toArgb(font) };
  return style;
}

/** A text constant inside a formula: quotes doubled. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The exceljs rule for one spec rule. `topLeft` is the first cell of the rule's range, which
 * relative formulas (text rules) refer to.
 */
export function toExcelRule(rule: ConditionalFormatRule, priority: number, topLeft: string): ExcelJS.ConditionalFormattingRule {
  switch (rule.type) {
    case 'colorScale': {
      const points = rule.mid ? [rule.min, rule.mid, rule.max] : [rule.min, rule.max];
      return { type: 'colorScale', priority, cfvo: points.map(cfvo), color: points.map((p) => toArgb(p.color)) };
    }
    case 'iconSet': {
      const expected = ICON_COUNT[rule.iconSet] - 1;
      if (rule.thresholds.length !== expected) {
        throw new XlsxWriteError(`Pictogrammenset ${rule.iconSet} vraagt ${expected} drempels, niet ${rule.thresholds.length}.`);
      }
      const cfvos: ExcelJS.Cvfo[] = [{ type: 'percent', value: 0 }, ...rule.thresholds.map((value): ExcelJS.Cvfo => ({ type: 'num', value }))];
      return { type: 'iconSet', priority, iconSet: rule.iconSet, reverse: rule.reverse ?? false, showValue: true, cfvo: cfvos };
    }
    case 'dataBar': {
      const min: ExcelJS.Cvfo = rule.min === undefined ? { type: 'min' } : { type: 'num', value: rule.min };
      const max: ExcelJS.Cvfo = rule.max === undefined ? { type: 'max' } : { type: 'num', value: rule.max };
      // A solid bar from 0 to full width: exceljs then writes Excel 2010's x14 extension with an
      // id the base rule points to, as Excel does (a gradient bar would leave that id empty).
      const bar: ExcelJS.DataBarRuleType & { color: { argb: string }; negativeFillColor: { argb: string }; axisColor: { argb: string } } = {
        type: 'dataBar', priority, gradient: false, minLength: 0, maxLength: 100, cfvo: [min, max],
        color: toArgb(rule.color), negativeFillColor: toArgb('FF0000'), axisColor: toArgb('000000'),
      };
      return bar;
    }
    case 'cellValue': {
      if (rule.operator === 'between' && rule.value2 === undefined) {
        throw new XlsxWriteError('Een regel "tussen" vraagt twee waarden (value en value2).');
      }
      const formulae = rule.operator === 'between' ? [String(rule.value), String(rule.value2)] : [String(rule.value)];
      // exceljs' typings list fewer operators than OOXML; it writes the attribute as given.
      const operator = rule.operator as ExcelJS.CellIsOperators;
      return { type: 'cellIs', priority, operator, formulae, style: fillStyle(rule.fill, rule.font) };
    }
    case 'text': {
      const style = fillStyle(rule.fill, rule.font);
      if (rule.operator === 'equals') return { type: 'cellIs', priority, operator: 'equal', formulae: [quoted(rule.text)], style };
      const formula = rule.operator === 'contains'
        ? `NOT(ISERROR(SEARCH(${quoted(rule.text)},${topLeft})))`
        : `LEFT(${topLeft},${rule.text.length})=${quoted(rule.text)}`;
      return { type: 'expression', priority, formulae: [formula], style };
    }
  }
}

/** Adds every conditional format of a block; returns the next free priority. */
export function addBlockConditionalFormats(worksheet: ExcelJS.Worksheet, block: BlockSpec, priority: number): number {
  let next = priority;
  for (const format of block.conditionalFormats) {
    const ref = blockColumnsRef(block, format.columns);
    if (ref === null) continue;
    const topLeft = ref.split(/[ :]/)[0];
    worksheet.addConditionalFormatting({ ref, rules: [toExcelRule(format.rule, next, topLeft)] });
    next += 1;
  }
  return next;
}
