/// <reference types="office-js" />
/** Fake charts: enough of Excel.Chart to record type, title, series and position. */
import { FakeContextCore, LoadTracker, loadPaths, type RealMembers } from './context';
import type { ChartModel, SheetModel } from './model';

class FakeChartSeries {
  constructor(private readonly core: FakeContextCore, private readonly sheet: SheetModel, private readonly series: ChartModel['series'][number]) {}
  set name(name: string) { if (this.core.record('chart.series.name', this.sheet, '', name)) this.series.name = name; }
  setValues(...[source]: Parameters<Excel.ChartSeries['setValues']>): void {
    if (this.core.record('chart.series.setValues', this.sheet, source.address, null)) this.series.values = source.address;
  }
  setXAxisValues(...[source]: Parameters<Excel.ChartSeries['setXAxisValues']>): void {
    if (this.core.record('chart.series.setXAxisValues', this.sheet, source.address, null)) this.series.xValues = source.address;
  }
}
export const seriesMembersChecked: RealMembers<Excel.ChartSeries, FakeChartSeries> = true;

class FakeSeriesCollection {
  constructor(private readonly core: FakeContextCore, private readonly sheet: SheetModel, private readonly chart: ChartModel) {}
  getItemAt(...[index]: Parameters<Excel.ChartSeriesCollection['getItemAt']>): Excel.ChartSeries {
    this.chart.series[index] ??= {};
    return new FakeChartSeries(this.core, this.sheet, this.chart.series[index]) as unknown as Excel.ChartSeries;
  }
  add(...[name]: Parameters<Excel.ChartSeriesCollection['add']>): Excel.ChartSeries {
    const series = { name };
    if (this.core.record('chart.series.add', this.sheet, '', name ?? null)) this.chart.series.push(series);
    return new FakeChartSeries(this.core, this.sheet, series) as unknown as Excel.ChartSeries;
  }
}
export const seriesCollectionMembersChecked: RealMembers<Excel.ChartSeriesCollection, FakeSeriesCollection> = true;

export class FakeChart {
  readonly title: { text: string };
  readonly series: FakeSeriesCollection;
  constructor(private readonly core: FakeContextCore, private readonly sheet: SheetModel, private readonly chart: ChartModel) {
    const log = (text: string): boolean => core.record('chart.title', sheet, '', text);
    this.title = {
      set text(text: string) { if (log(text)) chart.title = text; },
      get text(): string { return chart.title ?? ''; },
    };
    this.series = new FakeSeriesCollection(core, sheet, chart);
  }
  get name(): string { return this.chart.name; }
  setPosition(...[start]: Parameters<Excel.Chart['setPosition']>): void {
    const address = typeof start === 'string' ? start : start.address;
    if (this.core.record('chart.setPosition', this.sheet, address, null)) this.chart.position = address;
  }
  delete(): void {
    if (this.core.record('chart.delete', this.sheet, '', this.chart.name)) {
      this.sheet.charts = this.sheet.charts.filter((c) => c !== this.chart);
    }
  }
}
export const chartMembersChecked: RealMembers<Excel.Chart, FakeChart> = true;

export class FakeChartCollection extends LoadTracker {
  constructor(core: FakeContextCore, private readonly sheet: SheetModel | null) {
    super(core);
  }
  get items(): FakeChart[] { return this.read('items'); }
  add(...[type, source, seriesBy]: Parameters<Excel.ChartCollection['add']>): Excel.Chart {
    const model: ChartModel = { name: `Grafiek ${(this.sheet?.charts.length ?? 0) + 1}`, type: String(type), source: source.address, series: [{ values: source.address }] };
    if (this.core.record('chart.add', this.sheet, source.address, { type, seriesBy }) && this.sheet) this.sheet.charts.push(model);
    return new FakeChart(this.core, this.sheet as SheetModel, model) as unknown as Excel.Chart;
  }
  load(argument?: string | string[]): this {
    if (loadPaths(argument).some((p) => p.startsWith('items'))) {
      const sheet = this.sheet;
      this.snapshot('items', (sheet?.charts ?? []).map((c) => new FakeChart(this.core, sheet as SheetModel, c)));
    }
    return this;
  }
}
export const chartCollectionMembersChecked: RealMembers<Excel.ChartCollection, FakeChartCollection> = true;
