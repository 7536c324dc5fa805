/**
 * examples/voorbeeld.xlsx is committed and must stay what `template --voorbeeld` writes.
 * When this fails, regenerate it: npm run --silent build:cli && node build/cli/regenerateVoorbeeld.js
 */
import { readFileSync } from 'fs';
import path from 'path';
import { specToGrid } from '../../src/core/ownership';
import { buildTemplate } from '../../src/core/template';
import { loadWorkbook, readGrids } from '../../src/xlsx';

it('the committed example workbook holds exactly the input grids of buildTemplate({ voorbeeld: true })', async () => {
  const file = path.resolve(__dirname, '..', '..', 'examples', 'voorbeeld.xlsx');
  const grids = readGrids(await loadWorkbook(readFileSync(file)));
  const expected = buildTemplate({ voorbeeld: true }).map((s) => ({ name: s.name, origin: 'A1', values: specToGrid(s) }));
  expect(grids).toEqual(expected);
});
