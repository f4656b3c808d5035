import { XML_HEAD } from './xml-text';

/**
 * xl/theme/theme1.xml: the Office colour and font scheme (the 2007 one, which the files written
 * before this writer carried). Cells use none of it (every colour is written as RGB), but a chart
 * draws what its part leaves unstyled (gridlines, axis lines) from the theme: without one,
 * LibreOffice draws the charts with no gridlines and no axes. The format scheme is the smallest the
 * schema allows (ECMA-376 Part 1, §20.1.6: three fills, lines, effects and background fills).
 */
const COLORS: [string, string][] = [
  ['dk1', '<a:sysClr val="windowText" lastClr="000000"/>'],
  ['lt1', '<a:sysClr val="window" lastClr="FFFFFF"/>'],
  ['dk2', '<a:srgbClr val="1F497D"/>'],
  ['lt2', '<a:srgbClr val="EEECE1"/>'],
  ['accent1', '<a:srgbClr val="4F81BD"/>'],
  ['accent2', '<a:srgbClr val="C0504D"/>'],
  ['accent3', '<a:srgbClr val="9BBB59"/>'],
  ['accent4', '<a:srgbClr val="8064A2"/>'],
  ['accent5', '<a:srgbClr val="4BACC6"/>'],
  ['accent6', '<a:srgbClr val="F79646"/>'],
  ['hlink', '<a:srgbClr val="0000FF"/>'],
  ['folHlink', '<a:srgbClr val="800080"/>'],
];

const font = (latin: string): string =>
  `<a:latin typeface="${latin}"/><a:ea typeface=""/><a:cs typeface=""/>`;
const solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
const line = (width: number): string => `<a:ln w="${width}" cap="flat" cmpd="sng" algn="ctr">${solid}</a:ln>`;
const three = (xml: string): string => xml + xml + xml;

export const THEME_XML =
  `${XML_HEAD}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">` +
  '<a:themeElements>' +
  `<a:clrScheme name="Office">${COLORS.map(([tag, color]) => `<a:${tag}>${color}</a:${tag}>`).join('')}</a:clrScheme>` +
  `<a:fontScheme name="Office"><a:majorFont>${font('Cambria')}</a:majorFont><a:minorFont>${font('Calibri')}</a:minorFont></a:fontScheme>` +
  '<a:fmtScheme name="Office">' +
  `<a:fillStyleLst>${three(solid)}</a:fillStyleLst>` +
  `<a:lnStyleLst>${line(9525)}${line(25400)}${line(38100)}</a:lnStyleLst>` +
  `<a:effectStyleLst>${three('<a:effectStyle><a:effectLst/></a:effectStyle>')}</a:effectStyleLst>` +
  `<a:bgFillStyleLst>${three(solid)}</a:bgFillStyleLst>` +
  '</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>';
