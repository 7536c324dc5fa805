/** @jest-environment jsdom */
import '../taskpane/setupDom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { createPreviewHost } from '../../src/preview/createPreviewHost';
import { buildVoorbeeldWorkbook } from '../../src/preview/loadVoorbeeld';
import { SheetGridView } from '../../src/preview/SheetGridView';
import { messagesNl } from '../../src/taskpane/i18n/messagesNl';

// Each run scores ten taakvelden with 2,000 weight draws; a shared 2-core machine can be slow.
jest.setTimeout(30000);

function setup() {
  const host = createPreviewHost(buildVoorbeeldWorkbook());
  render(
    <FluentProvider theme={webLightTheme}>
      <SheetGridView host={host} messages={messagesNl} locale="nl-NL" />
    </FluentProvider>,
  );
  return host;
}

function cel(adres: string): HTMLElement {
  const td = document.querySelector<HTMLElement>(`td[data-cell="${adres}"]`);
  if (!td) throw new Error(`geen cel ${adres}`);
  return td;
}

describe('SheetGridView', () => {
  it('shows a tab per visible sheet and the first sheet\'s cells', () => {
    setup();
    expect(screen.getByRole('tab', { name: 'Kosten' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: '_Samenwerkingstoets' })).toBeNull();
    expect(screen.getByRole('grid', { name: 'Inhoud van blad Toelichting' })).toBeTruthy();
  });

  it('shows numbers in their Dutch number format', () => {
    setup();
    fireEvent.click(screen.getByRole('tab', { name: 'Kosten' }));
    expect(cel('A18').textContent).toBe('Facilitaire Zaken');
    expect(cel('J18').textContent).toBe('438,0');
  });

  it('edits an input cell on double-click and Enter, through the host', async () => {
    const host = setup();
    const gezien: string[] = [];
    await act(async () => {
      await host.watchSheets(['Kosten'], (blad) => gezien.push(blad));
    });
    fireEvent.click(screen.getByRole('tab', { name: 'Kosten' }));
    fireEvent.doubleClick(cel('J18'));
    const invoer = screen.getByRole('textbox', { name: 'Cel J18 bewerken' }) as HTMLInputElement;
    expect(invoer.value).toBe('438');
    fireEvent.change(invoer, { target: { value: '500,5' } });
    fireEvent.keyDown(invoer, { key: 'Enter' });
    expect(cel('J18').textContent).toBe('500,5');
    expect(host.workbook.getWorksheet('Kosten')?.getCell('J18').value).toBe(500.5);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    expect(gezien).toEqual(['Kosten']);
  });

  it('starts editing with Enter on the selected cell and cancels with Escape', () => {
    const host = setup();
    fireEvent.click(screen.getByRole('tab', { name: 'Kosten' }));
    fireEvent.mouseDown(cel('C6'));
    fireEvent.keyDown(screen.getByRole('grid'), { key: 'Enter' });
    const invoer = screen.getByRole('textbox', { name: 'Cel C6 bewerken' });
    fireEvent.change(invoer, { target: { value: '1' } });
    fireEvent.keyDown(invoer, { key: 'Escape' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(host.workbook.getWorksheet('Kosten')?.getCell('C6').value).not.toBe(1);
  });

  it('moves the selection with the arrow keys', () => {
    setup();
    const grid = screen.getByRole('grid');
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    expect(grid.getAttribute('aria-activedescendant')).toBe('cel-1-1');
    expect(cel('B2').getAttribute('aria-selected')).toBe('true');
  });

  it('follows selectCell from the task pane to another sheet', async () => {
    const host = setup();
    await act(async () => {
      await host.selectCell('FTE', 'D7');
    });
    expect(screen.getByRole('grid', { name: 'Inhoud van blad FTE' })).toBeTruthy();
    expect(cel('D7').getAttribute('aria-selected')).toBe('true');
  });
});
