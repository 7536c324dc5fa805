import type { BlockSpec } from '../../src/core/sheetSpec';
import { evaluateConditionalFormats } from '../../src/preview/evaluateConditionalFormats';

function block(rows: BlockSpec['rows'], conditionalFormats: BlockSpec['conditionalFormats']): BlockSpec {
  return { tableName: 't', top: 0, left: 0, header: ['a', 'b'], rows, columnFormats: [null, null], conditionalFormats };
}

describe('evaluateConditionalFormats', () => {
  it('colours text matches and leaves other cells alone', () => {
    const looks = evaluateConditionalFormats(block([['x', 'Positief'], ['y', 'Negatief']], [
      { columns: [1], rule: { type: 'text', operator: 'equals', text: 'Positief', fill: 'C6EFCE', font: '006100' } },
    ]));
    expect(looks[0][1]).toEqual({ fill: 'C6EFCE', font: '006100' });
    expect(looks[1][1]).toBeNull();
    expect(looks[0][0]).toBeNull();
  });

  it('interpolates a three-point colour scale on fixed numbers and skips text', () => {
    const looks = evaluateConditionalFormats(block([[-2, 0], [1, 'geen gegevens'], [5, null]], [
      {
        columns: [0, 1],
        rule: {
          type: 'colorScale',
          min: { type: 'number', value: -2, color: 'F8696B' },
          mid: { type: 'number', value: 0, color: 'FFEB84' },
          max: { type: 'number', value: 2, color: '63BE7B' },
        },
      },
    ]));
    expect(looks[0][0]?.fill).toBe('F8696B');
    expect(looks[0][1]?.fill).toBe('FFEB84');
    expect(looks[1][0]?.fill).toBe('B1D580');
    expect(looks[2][0]?.fill).toBe('63BE7B');
    expect(looks[1][1]).toBeNull();
  });

  it('gives data bars a length and icon sets a colour per threshold, the first rule winning', () => {
    const looks = evaluateConditionalFormats(block([[0.25, 0.5], [1, 0.9]], [
      { columns: [0], rule: { type: 'dataBar', color: '5B9BD5', min: 0, max: 1 } },
      { columns: [1], rule: { type: 'iconSet', iconSet: '3TrafficLights1', thresholds: [0.6, 0.8] } },
      { columns: [1], rule: { type: 'cellValue', operator: 'greaterThan', value: 0.8, fill: 'FFFFFF' } },
      { columns: [1], rule: { type: 'cellValue', operator: 'greaterThan', value: 0.1, fill: '000000' } },
    ]));
    expect(looks[0][0]).toEqual({ bar: { fraction: 0.25, color: '5B9BD5' } });
    expect(looks[0][1]).toEqual({ icon: 'F8696B', fill: '000000' });
    expect(looks[1][1]).toEqual({ icon: '63BE7B', fill: 'FFFFFF' });
  });
});
