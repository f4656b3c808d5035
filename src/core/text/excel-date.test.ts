import { isoToSerial, serialToIso, serialToUtcMs, utcMsToSerial } from './excel-date';

describe('Excel 1900 serials', () => {
  it.each([
    [1, '1900-01-01'],
    [31, '1900-01-31'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [36526, '2000-01-01'],
    [44576, '2022-01-15'],
    [45398, '2024-04-16'],
    [73050, '2099-12-31'],
    [2958465, '9999-12-31'],
  ])('%i <-> %s', (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(serial);
  });

  it('drops the time of day', () => {
    expect(serialToIso(44576.75)).toBe('2022-01-15');
  });

  it.each([[60], [0], [-5], [2958466], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    '%p has no date',
    (serial) => {
      expect(serialToIso(serial)).toBeNull();
    },
  );

  it.each([['1899-12-31'], ['2022-02-30'], ['not a date']])('%s has no serial', (iso) => {
    expect(isoToSerial(iso)).toBeNull();
  });

  it('converts UTC milliseconds (exceljs dates) both ways', () => {
    const ms = Date.UTC(2022, 0, 15, 18, 0, 0);
    expect(utcMsToSerial(ms)).toBe(44576.75);
    expect(serialToUtcMs(44576.75)).toBe(ms);
  });
});
