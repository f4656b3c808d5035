/** References to a sheet's cells as a workbook part writes them ("'Tóm tắt 2025'!$B$5:$B$12"). */

/** A sheet name in a reference: always quoted, an apostrophe doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 'E12' -> '$E$12', 'E12:F13' -> '$E$12:$F$13'. */
export function absolute(address: string): string {
  return address
    .split(':')
    .map((a) => a.replace(/^\$?([A-Z]+)\$?(\d+)$/i, (_m, c: string, r: string) => `$${c.toUpperCase()}$${r}`))
    .join(':');
}
