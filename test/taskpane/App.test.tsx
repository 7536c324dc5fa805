/** @jest-environment jsdom */
import './setupDom';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { SheetSpec } from '../../src/core/sheetSpec';
import { App } from '../../src/taskpane/App';
import { FakeHost } from './fakeHost';

// Each run scores ten taakvelden with 2,000 weight draws, and role queries over Fluent's DOM
// are slow in jsdom: the scenario test takes about 35 s on a 2-core machine.
jest.setTimeout(90000);

const OPTIES = { liveDebounceMs: 10, saveDebounceMs: 5 };

function tegel(oordeel: string): string {
  const li = document.querySelector(`[data-oordeel="${oordeel}"]`);
  return li?.textContent ?? '';
}

describe('App', () => {
  it('opens on Uitvoeren when the sheets are found, runs, and summarises the verdicts', async () => {
    const host = FakeHost.withVoorbeeld();
    render(<App host={host} taal="nl" thema="licht" controllerOptions={OPTIES} />);
    const knop = await screen.findByRole('button', { name: 'Toets uitvoeren' });
    expect(screen.getByRole('tab', { name: 'Uitvoeren' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(knop);
    await screen.findByRole('heading', { name: 'Samenvatting' });
    expect(tegel('Positief')).toBe('4Positief');
    expect(tegel('Neutraal')).toBe('3Neutraal');
    expect(tegel('Negatief')).toBe('2Negatief');
    expect(tegel('Onvoldoende gegevens')).toBe('1Onvoldoende gegevens');
    expect(screen.getByText('10 taakvelden · peiljaar 2024')).toBeTruthy();
    const laagste = within(screen.getByTestId('laagste-robuustheid')).getAllByRole('listitem').map((li) => li.textContent);
    expect(laagste).toEqual(['Inkoop · Positief · 39%', 'Facilitaire Zaken · Positief · 47%', 'Handhaving openbare ruimte · Neutraal · 62%']);
    expect(screen.getByText('Geen meldingen: de invoer is in orde.')).toBeTruthy();
    const namen = (host.callsOf('writeResults')[0].args[0] as SheetSpec[]).map((spec) => spec.name).join(', ');
    expect(namen).toMatch(/^Toets, Nul-lijn, Benchmark\S*, Paragraaf, Controle$/);
    expect(screen.getByRole('status').textContent).toContain(`Klaar. Geschreven: ${namen}.`);
  });

  it('shows the stage of a run in progress with a labelled progress bar', async () => {
    const host = FakeHost.withVoorbeeld();
    render(<App host={host} taal="nl" thema="licht" controllerOptions={OPTIES} />);
    const knop = await screen.findByRole('button', { name: 'Toets uitvoeren' });
    const lezen = host.hold('readSheets');
    const schrijven = host.hold('writeResults');
    fireEvent.click(knop);
    await screen.findByText('Stap 1 van 3: invoerbladen lezen');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');
    expect(screen.getByRole('button', { name: 'Bezig…' }).hasAttribute('disabled')).toBe(true);
    lezen();
    await screen.findByText('Stap 3 van 3: resultaatbladen schrijven');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('3');
    schrijven();
    await screen.findByRole('heading', { name: 'Samenvatting' });
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('speaks English when Office does', async () => {
    render(<App host={FakeHost.withVoorbeeld()} taal="en" thema="donker" controllerOptions={OPTIES} />);
    await screen.findByRole('button', { name: 'Run the assessment' });
    for (const naam of ['Data', 'Criteria', 'Run', 'What-if']) expect(screen.getByRole('tab', { name: naam })).toBeTruthy();
    expect(screen.getAllByRole('tab')).toHaveLength(4);
  });

  it('without a Kosten sheet opens on Gegevens, offers the template, and a run gives one clear Dutch message', async () => {
    const host = FakeHost.withVoorbeeld();
    host.sheets.delete('Kosten');
    render(<App host={host} taal="nl" thema="licht" controllerOptions={OPTIES} />);
    await screen.findByRole('heading', { name: 'Bladen per rol' });
    expect(screen.getByText('Kies het blad met de kosten, of voeg het sjabloon in.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sjabloon invoegen' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Uitvoeren' }));
    fireEvent.click(screen.getByRole('button', { name: 'Toets uitvoeren' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Er is geen blad met kosten per taakveld gevonden\./);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: 'Samenvatting' })).toBeNull();
  });

  it('shows the detected layout and lets the user pick another sheet for a role', async () => {
    const host = FakeHost.withVoorbeeld();
    render(<App host={host} taal="nl" thema="licht" controllerOptions={OPTIES} />);
    await screen.findByRole('button', { name: 'Toets uitvoeren' });
    fireEvent.click(screen.getByRole('tab', { name: 'Gegevens' }));
    const kosten = screen.getByRole('note', { name: 'Herkend in Kosten' });
    expect(kosten.textContent).toContain('Breed: jaren als kolommen · kopregel in rij 5 · bedragen x € 1.000');
    expect(kosten.textContent).toContain('2018 R, 2019 R, 2020 B, 2020 R');
    const select = screen.getByRole('combobox', { name: 'Benchmark (optioneel)' });
    fireEvent.change(select, { target: { value: '' } });
    expect((select as HTMLSelectElement).value).toBe('');
  });

  it('re-scores when a weight changes after a run and updates the sheets in place', async () => {
    const host = FakeHost.withVoorbeeld();
    render(<App host={host} taal="nl" thema="licht" controllerOptions={OPTIES} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Toets uitvoeren' }));
    await screen.findByRole('heading', { name: 'Samenvatting' });
    fireEvent.click(screen.getByRole('tab', { name: 'Criteria' }));
    const gewicht = screen.getByRole('spinbutton', { name: 'Gewicht K1' });
    fireEvent.change(gewicht, { target: { value: '2' } });
    fireEvent.blur(gewicht);
    await waitFor(() => expect(host.callsOf('updateResults')).toHaveLength(1));
    fireEvent.click(screen.getByRole('tab', { name: 'Uitvoeren' }));
    expect(tegel('Positief')).toBe('3Positief');
    expect(tegel('Neutraal')).toBe('5Neutraal');
    expect(tegel('Onvoldoende gegevens')).toBe('0Onvoldoende gegevens');
    await waitFor(() => expect(host.instellingen).toEqual({ gewichten: { K1: 2 } }));
  });

  it('keeps the thresholds collapsed and refuses thresholds that do not ascend', async () => {
    const host = FakeHost.withVoorbeeld();
    render(<App host={host} taal="nl" thema="licht" controllerOptions={OPTIES} />);
    await screen.findByRole('button', { name: 'Toets uitvoeren' });
    fireEvent.click(screen.getByRole('tab', { name: 'Criteria' }));
    expect(screen.queryByRole('textbox', { name: 'MTO-score (punten): Grens 1' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Drempels' }));
    const grens2 = screen.getByRole('textbox', { name: 'MTO-score (punten): Grens 2' });
    expect((grens2 as HTMLInputElement).value).toBe('-0,1');
    fireEvent.change(grens2, { target: { value: '0,5' } });
    fireEvent.keyDown(grens2, { key: 'Enter' });
    expect(screen.getByText('Vul vier oplopende getallen in; de vorige drempels blijven gelden.')).toBeTruthy();
    fireEvent.change(grens2, { target: { value: '-0,2' } });
    fireEvent.keyDown(grens2, { key: 'Enter' });
    expect(screen.queryByText('Vul vier oplopende getallen in; de vorige drempels blijven gelden.')).toBeNull();
    await waitFor(() => expect(host.instellingen?.drempels?.mto).toEqual([-0.3, -0.2, 0.1, 0.3]));
  });

  it('selects the cell of an issue when it is clicked', async () => {
    const host = FakeHost.withVoorbeeld();
    const fte = host.sheets.get('FTE')?.values ?? [];
    const rij = fte.findIndex((row) => typeof row[3] === 'number');
    expect(rij).toBeGreaterThan(0);
    fte[rij][3] = 'veel';
    render(<App host={host} taal="nl" thema="licht" controllerOptions={OPTIES} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Toets uitvoeren' }));
    await screen.findByRole('heading', { name: 'Samenvatting' });
    const lijst = screen.getByTestId('meldingen');
    const knop = within(lijst).getAllByRole('button').find((b) => b.getAttribute('aria-label')?.includes(`Ga naar FTE!D${rij + 1}`));
    expect(knop).toBeTruthy();
    fireEvent.click(knop as HTMLElement);
    await waitFor(() => expect(host.callsOf('selectCell').at(-1)?.args).toEqual(['FTE', `D${rij + 1}`]));
  });

  it('turns the live switch on at the click, says it is starting, then that it waits for a change', async () => {
    const host = FakeHost.withVoorbeeld();
    render(<App host={host} taal="nl" thema="licht" controllerOptions={OPTIES} />);
    await screen.findByRole('button', { name: 'Toets uitvoeren' });
    fireEvent.click(screen.getByRole('tab', { name: 'Wat-als' }));
    const release = host.hold('watchSheets');
    const schakelaar = screen.getByRole('switch', { name: 'Herbereken automatisch na een wijziging' }) as HTMLInputElement;
    fireEvent.click(schakelaar);
    expect(schakelaar.checked).toBe(true);
    expect(screen.getByTestId('live-status').textContent).toBe('Live bijwerken wordt gestart…');
    release();
    await waitFor(() => expect(screen.getByTestId('live-status').textContent)
      .toBe('Live bijwerken staat aan: wacht op een wijziging in de invoerbladen.'));
    fireEvent.click(schakelaar);
    expect(schakelaar.checked).toBe(false);
    expect(screen.getByTestId('live-status').textContent).toBe('');
    expect(host.watcherCount).toBe(0);
  });

  it('saves two scenarios and compares them in a sheet', async () => {
    const host = FakeHost.withVoorbeeld();
    render(<App host={host} taal="nl" thema="licht" controllerOptions={OPTIES} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Toets uitvoeren' }));
    await screen.findByRole('heading', { name: 'Samenvatting' });
    fireEvent.click(screen.getByRole('tab', { name: 'Wat-als' }));
    const naam = screen.getByRole('textbox', { name: 'Naam van het scenario' });
    fireEvent.change(naam, { target: { value: 'Standaard' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    await waitFor(() => expect(within(screen.getByTestId('scenarios')).getByText('Standaard')).toBeTruthy());
    fireEvent.click(screen.getByRole('tab', { name: 'Criteria' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Gewicht K1' }), { target: { value: '2' } });
    fireEvent.blur(screen.getByRole('spinbutton', { name: 'Gewicht K1' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Wat-als' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Naam van het scenario' }), { target: { value: 'Kwaliteit telt dubbel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    await waitFor(() => expect(within(screen.getByTestId('scenarios')).getByText('Kwaliteit telt dubbel')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Vergelijk in blad' }));
    await waitFor(() => expect(host.callsOf('writeResults')).toHaveLength(2));
    const [spec] = host.callsOf('writeResults')[1].args[0] as SheetSpec[];
    expect(spec.lines.map((l) => l.text)).toContain('A = Standaard · B = Kwaliteit telt dubbel');
    await screen.findByText(`Vergelijking geschreven in ${spec.name}.`);
  });
});
