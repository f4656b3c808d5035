import { CELL_STYLE_FIELDS, type CellStyle } from '../core/sheet/sheet-spec';
import { escapeXml, XML_HEAD } from './xml-text';

/**
 * xl/styles.xml: every distinct font, fill, border, number format, cell format (cellXfs) and
 * conditional-format style (dxfs) is written once; a cell refers to its format by index. Each
 * table is keyed by the element's own XML, so two specs that describe the same style share it.
 * Layout: ECMA-376 Part 1, §18.8 (CT_Stylesheet's sequence: numFmts, fonts, fills, borders,
 * cellStyleXfs, cellXfs, cellStyles, dxfs).
 */

/** The sheet's default font (SheetSpec.font). */
export interface BaseFont {
  name: string;
  size: number;
}

/**
 * Excel's built-in number formats: written by id, never as a custom format (a custom format
 * spelling a built-in one is a duplicate Excel may drop).
 */
const BUILT_IN_FORMATS = new Map<string, number>([
  ['General', 0],
  ['0', 1],
  ['0.00', 2],
  ['#,##0', 3],
  ['#,##0.00', 4],
  ['0%', 9],
  ['0.00%', 10],
  ['@', 49],
]);
const FIRST_CUSTOM_FORMAT = 164;

/** A table of XML elements, each kept once, in the order first seen. */
class Table {
  private readonly ids = new Map<string, number>();
  readonly items: string[] = [];

  constructor(initial: string[] = []) {
    for (const xml of initial) this.id(xml);
  }

  id(xml: string): number {
    let id = this.ids.get(xml);
    if (id === undefined) {
      id = this.items.length;
      this.ids.set(xml, id);
      this.items.push(xml);
    }
    return id;
  }

  xml(tag: string): string {
    return `<${tag} count="${this.items.length}">${this.items.join('')}</${tag}>`;
  }
}

/** An 'RRGGBB' colour as SpreadsheetML's opaque ARGB. */
export const argb = (color: string): string => `FF${color.replace(/^#/, '').toUpperCase()}`;
const THIN = '<left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/>';

export class StyleBook {
  // Font 0 is Excel's Normal font: column widths are counted in its digits, so it stays what
  // Excel (and exceljs before this writer) had, and the sheets' own font comes with each format.
  private readonly fonts = new Table(['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>']);
  // Fills 0 and 1 are reserved by Excel (none, gray125).
  private readonly fills = new Table([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Table(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  private readonly cellXfs = new Table(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs = new Table();
  private readonly formats = new Map<string, number>();
  /** Cell format by a style's key (styleKey): building the format's XML for every cell costs more. */
  private readonly byKey = new Map<string, number>();

  /** The cellXfs index of a cell of `style` on a sheet whose font is `base`. */
  cellXf(style: CellStyle | undefined, base: BaseFont, isDate: boolean): number {
    const key = `${base.name}\u0000${base.size}\u0000${isDate ? 1 : 0}\u0000${style ? styleKey(style) : ''}`;
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.cellXfs.id(this.xfXml(style ?? {}, base, isDate));
      this.byKey.set(key, id);
    }
    return id;
  }

  /** The dxfs index of a conditional format's look: a fill and an optional font colour. */
  dxf(fill: string, fontColor: string | undefined): number {
    const font = fontColor ? `<font><color rgb="${argb(fontColor)}"/></font>` : '';
    return this.dxfs.id(
      `<dxf>${font}<fill><patternFill patternType="solid"><bgColor rgb="${argb(fill)}"/></patternFill></fill></dxf>`,
    );
  }

  xml(): string {
    const formats = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
    );
    return (
      `${XML_HEAD}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      (formats.length ? `<numFmts count="${formats.length}">${formats.join('')}</numFmts>` : '') +
      this.fonts.xml('fonts') +
      this.fills.xml('fills') +
      this.borders.xml('borders') +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      this.cellXfs.xml('cellXfs') +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      this.dxfs.xml('dxfs') +
      '</styleSheet>'
    );
  }

  private xfXml(s: CellStyle, base: BaseFont, isDate: boolean): string {
    const fontId = this.fonts.id(
      '<font>' +
        (s.bold ? '<b/>' : '') +
        (s.italic ? '<i/>' : '') +
        (s.underline ? '<u/>' : '') +
        `<sz val="${s.size ?? base.size}"/>` +
        (s.color ? `<color rgb="${argb(s.color)}"/>` : '') +
        `<name val="${escapeXml(base.name)}"/></font>`,
    );
    const fillId = s.fill
      ? this.fills.id(
          `<fill><patternFill patternType="solid"><fgColor rgb="${argb(s.fill)}"/></patternFill></fill>`,
        )
      : 0;
    const borderId = s.border
      ? this.borders.id(`<border>${THIN}<diagonal/></border>`)
      : s.borderBottom
        ? this.borders.id('<border><left/><right/><top/><bottom style="thin"/><diagonal/></border>')
        : 0;
    // A date without a format of its own shows as a date, not as its serial number.
    const code = s.numFmt ?? (isDate ? DEFAULT_DATE_FORMAT : undefined);
    const numFmtId = code === undefined ? 0 : this.numFmt(code);
    const alignment =
      (s.hAlign ? ` horizontal="${s.hAlign}"` : '') +
      (s.vAlign ? ` vertical="${on(s.vAlign)}"` : '') +
      (s.wrap ? ' wrapText="1"' : '');
    const applies =
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      ' applyFont="1"' +
      (fillId ? ' applyFill="1"' : '') +
      (borderId ? ' applyBorder="1"' : '') +
      (alignment ? ' applyAlignment="1"' : '') +
      (s.unlocked ? ' applyProtection="1"' : '');
    const children =
      (alignment ? `<alignment${alignment}/>` : '') + (s.unlocked ? '<protection locked="0"/>' : '');
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    return children ? `${head}>${children}</xf>` : `${head}/>`;
  }

  private numFmt(code: string): number {
    const builtIn = BUILT_IN_FORMATS.get(code);
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }
}

export const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';

/** A style's fields in a fixed order: two styles with the same key look the same. */
function styleKey(s: CellStyle): string {
  return CELL_STYLE_FIELDS.map((f) => s[f] ?? '').join('\u0000');
}

/** SpreadsheetML spells a vertical middle "center". */
function on(v: NonNullable<CellStyle['vAlign']>): string {
  return v === 'middle' ? 'center' : v;
}
