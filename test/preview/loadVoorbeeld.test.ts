import { readFileSync } from 'fs';
import { join } from 'path';
import { buildVoorbeeldWorkbook, loadVoorbeeld } from '../../src/preview/loadVoorbeeld';
import { readGrids } from '../../src/xlsx/readGrids';

const VOORBEELD = join(__dirname, '../../examples/voorbeeld.xlsx');

describe('loadVoorbeeld', () => {
  it('reads the example served next to the page', async () => {
    const bytes = readFileSync(VOORBEELD);
    const urls: string[] = [];
    const fetcher = (async (url: string) => {
      urls.push(url);
      return new Response(bytes, { status: 200 });
    }) as unknown as typeof fetch;
    const workbook = await loadVoorbeeld(fetcher);
    expect(urls).toEqual(['voorbeeld.xlsx']);
    expect(workbook.worksheets.map((w) => w.name)).toContain('Kosten');
  });

  it('falls back to the same example built from the template when the file is not served', async () => {
    const notFound = (async () => new Response('niet gevonden', { status: 404 })) as unknown as typeof fetch;
    const offline = (async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch;
    const viaTemplate = readGrids(buildVoorbeeldWorkbook());
    expect(readGrids(await loadVoorbeeld(notFound))).toEqual(viaTemplate);
    expect(readGrids(await loadVoorbeeld(offline)).map((g) => g.name)).toEqual(viaTemplate.map((g) => g.name));
  });
});
