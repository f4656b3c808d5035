import type { ChartSpec } from '../core/sheet/chart-spec';
import type { SheetSpec, SpecValue } from '../core/sheet/sheet-spec';
import { a1, parseA1 } from '../core/template/template-keys';
import { absolute, quoteSheet } from './sheet-refs';
import { escapeXml, XML_HEAD } from './xml-text';

/**
 * The parts that draw a sheet spec's charts (the package is built by write-xlsx.ts): one drawing
 * part (xl/drawings/drawingN.xml, its _rels) that anchors one DrawingML chart part per chart
 * (xl/charts/chartN.xml) over the spec's cells. The sheet refers to the drawing with
 * `<drawing r:id>` and a relationship. Each series references the sheet's own cells
 * ('Tóm tắt 2025'!$F$50:$F$66), so Excel redraws the chart when they are edited, and carries a
 * cached copy of their values so that a viewer that does not calculate (or opens the file before
 * recalculating) draws the same chart.
 * Layout of the parts: ECMA-376 Part 1, §21.2 (charts) and §20.5 (spreadsheet drawing).
 */

export interface ChartParts {
  /** Part path -> XML: the drawing, its relationships and the charts. */
  parts: Map<string, string>;
  /** The drawing's path ('xl/drawings/drawing1.xml'). */
  drawing: string;
  /** [Content_Types].xml overrides of the new parts. */
  types: string[];
}

/**
 * The charts of `spec` as drawing `drawingNo` and charts `firstChartNo`, `firstChartNo + 1`...;
 * null when the sheet has none.
 */
export function chartParts(spec: SheetSpec, drawingNo: number, firstChartNo: number): ChartParts | null {
  const specCharts = spec.charts ?? [];
  if (specCharts.length === 0) return null;
  const parts = new Map<string, string>();
  const types: string[] = [];
  const values = new Map(spec.cells.map((c) => [c.address, c.value]));
  const drawing = `xl/drawings/drawing${drawingNo}.xml`;
  const charts = specCharts.map((chart, i) => {
    const part = `xl/charts/chart${firstChartNo + i}.xml`;
    parts.set(part, chartXml(chart, spec.name, values));
    types.push(override(part, CHART_TYPE));
    return { chart, part, rId: `rId${i + 1}`, id: i + 2 };
  });
  parts.set(drawing, drawingXml(charts));
  parts.set(
    relsOf(drawing),
    relsXml(charts.map((c) => ({ id: c.rId, type: REL.chart, target: `../charts/${base(c.part)}` }))),
  );
  types.push(override(drawing, DRAWING_TYPE));
  return { parts, drawing, types };
}

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
export const REL = {
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
};
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
/** The sheets' font (Party documents), so the chart's labels look like the table's. */
const FONT = 'Times New Roman';
const AXIS = { category: 500100, value: 500200 };

// ---- the package ------------------------------------------------------------------------------

export const base = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
export const relsOf = (path: string): string => {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`;
};
export const override = (part: string, type: string): string =>
  `<Override PartName="/${part}" ContentType="${type}"/>`;

export function relsXml(rels: { id: string; type: string; target: string }[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`);
  return `${XML_HEAD}<Relationships xmlns="${NS.rels}">${items.join('')}</Relationships>`;
}

// ---- the drawing: where each chart sits ---------------------------------------------------------

/** A cell's top-left corner as a drawing marker (0-based column and row). */
function marker(tag: 'from' | 'to', col: number, row: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

function drawingXml(charts: { chart: ChartSpec; rId: string; id: number }[]): string {
  const anchors = charts.map(({ chart, rId, id }) => {
    const from = cell(chart.anchor.from);
    const to = cell(chart.anchor.to);
    // From the top-left corner of `from` to the bottom-right corner of `to`, as Office.js's
    // Chart.setPosition(startCell, endCell) places it; the chart moves and sizes with its cells.
    return (
      '<xdr:twoCellAnchor editAs="twoCell">' +
      marker('from', from.col - 1, from.row - 1) +
      marker('to', to.col, to.row) +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${rId}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join('')}</xdr:wsDr>`;
}

function cell(address: string): { row: number; col: number } {
  const p = parseA1(address);
  if (!p) throw new Error(`addCharts: bad cell address ${address}`);
  return p;
}

/** The cells of a one-row or one-column range, in order. */
function cellsOf(range: string): string[] {
  const [first, last = first] = range.split(':').map((a) => cell(a ?? ''));
  if (!first || !last) throw new Error(`addCharts: bad range ${range}`);
  const out: string[] = [];
  for (let r = first.row; r <= last.row; r++) for (let c = first.col; c <= last.col; c++) out.push(a1(r, c));
  return out;
}

// ---- the chart part ----------------------------------------------------------------------------

type Values = ReadonlyMap<string, SpecValue>;

/** What a cell shows, as a chart's cache holds it: a number, a text, or nothing. */
function cached(v: SpecValue | undefined): number | string | null {
  if (!v) return null;
  if ('number' in v) return v.number;
  if ('text' in v) return v.text;
  if ('formula' in v) return typeof v.result === 'number' || typeof v.result === 'string' ? v.result : null;
  return null;
}

function ref(sheet: string, range: string): string {
  return escapeXml(`${quoteSheet(sheet)}!${absolute(range)}`);
}

function strRef(sheet: string, range: string, values: Values): string {
  const cells = cellsOf(range);
  const pts = cells.map((c, i) => {
    const v = cached(values.get(c));
    return v === null ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`;
  });
  return `<c:strRef><c:f>${ref(sheet, range)}</c:f><c:strCache><c:ptCount val="${cells.length}"/>${pts.join('')}</c:strCache></c:strRef>`;
}

function numRef(sheet: string, range: string, values: Values): string {
  const cells = cellsOf(range);
  // A blank cell has no point: the line has a gap there (dispBlanksAs "gap"), not a 0.
  const pts = cells.map((c, i) => {
    const v = cached(values.get(c));
    return typeof v === 'number' ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '';
  });
  return `<c:numRef><c:f>${ref(sheet, range)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${cells.length}"/>${pts.join('')}</c:numCache></c:numRef>`;
}

function textProps(size: number, bold = false): string {
  return (
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}">` +
    `<a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`
  );
}

function titleXml(title: string): string {
  return (
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>' +
    `<a:r><a:rPr lang="vi-VN" sz="1200" b="1"><a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/></a:rPr><a:t>${escapeXml(title)}</a:t></a:r>` +
    '</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
  );
}

function seriesXml(chart: ChartSpec, sheet: string, values: Values): string {
  return chart.series
    .map((s, i) => {
      const fill = s.color ? `<a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill>` : '';
      const shape = !s.color
        ? ''
        : chart.type === 'line'
          ? `<c:spPr><a:ln w="22225">${fill}</a:ln></c:spPr>`
          : `<c:spPr>${fill}</c:spPr>`;
      const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>${shape}`;
      const data =
        `<c:cat>${strRef(sheet, chart.categories, values)}</c:cat>` +
        `<c:val>${numRef(sheet, s.values, values)}</c:val>`;
      return chart.type === 'line'
        ? `<c:ser>${head}<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>${data}<c:smooth val="0"/></c:ser>`
        : `<c:ser>${head}<c:invertIfNegative val="0"/>${data}</c:ser>`;
    })
    .join('');
}

function plotXml(chart: ChartSpec, sheet: string, values: Values): string {
  const axIds = `<c:axId val="${AXIS.category}"/><c:axId val="${AXIS.value}"/>`;
  const series = seriesXml(chart, sheet, values);
  return chart.type === 'line'
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axIds}</c:lineChart>`
    : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/>${axIds}</c:barChart>`;
}

function axesXml(chart: ChartSpec): string {
  const bounds = chart.valueAxis
    ? `<c:max val="${chart.valueAxis.max}"/><c:min val="${chart.valueAxis.min}"/>`
    : '';
  return (
    `<c:catAx><c:axId val="${AXIS.category}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    '<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>' +
    `<c:tickLblPos val="nextTo"/>${textProps(10)}<c:crossAx val="${AXIS.value}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="${AXIS.value}"/><c:scaling><c:orientation val="minMax"/>${bounds}</c:scaling><c:delete val="0"/>` +
    '<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/>' +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(10)}<c:crossAx val="${AXIS.category}"/>` +
    '<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>'
  );
}

function chartXml(chart: ChartSpec, sheet: string, values: Values): string {
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `${titleXml(chart.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plotXml(chart, sheet, values)}${axesXml(chart)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(10)}</c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `${textProps(10)}</c:chartSpace>`
  );
}
