/// <reference types="office-js" />
/**
 * The spec's conditional-format union in Office.js terms (ExcelApi 1.6). Colours get their
 * '#'; numbers in formulas use '.' since Office.js formulas are always en-US.
 */
import type { ColorScalePoint, ConditionalFormatRule } from '../core/sheetSpec';

const ICON_SETS = {
  '3Arrows': 'ThreeArrows',
  '3TrafficLights1': 'ThreeTrafficLights1',
  '3Symbols': 'ThreeSymbols',
  '5Arrows': 'FiveArrows',
} as const;

const CELL_OPERATORS = {
  greaterThan: 'GreaterThan',
  greaterThanOrEqual: 'GreaterThanOrEqual',
  lessThan: 'LessThan',
  lessThanOrEqual: 'LessThanOrEqual',
  equal: 'EqualTo',
  between: 'Between',
} as const;

/** "63BE7B" → "#63BE7B". */
export function hexColor(color: string): string {
  return color.startsWith('#') ? color : `#${color}`;
}

/** A number as an en-US formula: 1.5 → "=1.5". */
export function numberFormula(value: number): string {
  return `=${String(value)}`;
}

/** A text as a formula literal: Positief → ="Positief" (quotes doubled). */
export function textFormula(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

function colorCriterion(point: ColorScalePoint): Excel.ConditionalColorScaleCriterion {
  const color = hexColor(point.color);
  switch (point.type) {
    case 'lowest':
      return { type: 'LowestValue', color };
    case 'highest':
      return { type: 'HighestValue', color };
    case 'number':
      return { type: 'Number', formula: numberFormula(point.value ?? 0), color };
    case 'percentile':
      return { type: 'Percentile', formula: String(point.value ?? 50), color };
  }
}

/** Queues one rule on `range` (data cells of one column). */
export function queueConditionalFormat(range: Excel.Range, rule: ConditionalFormatRule): void {
  switch (rule.type) {
    case 'colorScale': {
      const cf = range.conditionalFormats.add('ColorScale');
      const criteria: Excel.ConditionalColorScaleCriteria = { minimum: colorCriterion(rule.min), maximum: colorCriterion(rule.max) };
      if (rule.mid) criteria.midpoint = colorCriterion(rule.mid);
      cf.colorScale.criteria = criteria;
      return;
    }
    case 'iconSet': {
      const cf = range.conditionalFormats.add('IconSet');
      cf.iconSet.style = ICON_SETS[rule.iconSet];
      cf.iconSet.reverseIconOrder = rule.reverse ?? false;
      // The first icon has no lower bound; Excel ignores criterion 0.
      cf.iconSet.criteria = [
        {} as Excel.ConditionalIconCriterion,
        ...rule.thresholds.map(
          (t): Excel.ConditionalIconCriterion => ({ type: 'Number', operator: 'GreaterThanOrEqual', formula: numberFormula(t) }),
        ),
      ];
      return;
    }
    case 'dataBar': {
      const cf = range.conditionalFormats.add('DataBar');
      cf.dataBar.positiveFormat.fillColor = hexColor(rule.color);
      cf.dataBar.lowerBoundRule =
        rule.min === undefined ? { type: 'LowestValue' } : { type: 'Number', formula: numberFormula(rule.min) };
      cf.dataBar.upperBoundRule =
        rule.max === undefined ? { type: 'HighestValue' } : { type: 'Number', formula: numberFormula(rule.max) };
      return;
    }
    case 'cellValue': {
      const cf = range.conditionalFormats.add('CellValue');
      cf.cellValue.format.fill.color = hexColor(rule.fill);
      if (rule.font) cf.cellValue.format.font.color = hexColor(rule.font);
      cf.cellValue.rule = {
        operator: CELL_OPERATORS[rule.operator],
        formula1: numberFormula(rule.value),
        ...(rule.operator === 'between' ? { formula2: numberFormula(rule.value2 ?? rule.value) } : {}),
      };
      return;
    }
    case 'text': {
      // "contains" and "beginsWith" are text rules; an exact match is a cell-value rule on a text literal.
      if (rule.operator === 'equals') {
        const cf = range.conditionalFormats.add('CellValue');
        cf.cellValue.format.fill.color = hexColor(rule.fill);
        if (rule.font) cf.cellValue.format.font.color = hexColor(rule.font);
        cf.cellValue.rule = { operator: 'EqualTo', formula1: textFormula(rule.text) };
        return;
      }
      const cf = range.conditionalFormats.add('ContainsText');
      cf.textComparison.format.fill.color = hexColor(rule.fill);
      if (rule.font) cf.textComparison.format.font.color = hexColor(rule.font);
      cf.textComparison.rule = { operator: rule.operator === 'contains' ? 'Contains' : 'BeginsWith', text: rule.text };
      return;
    }
  }
}
