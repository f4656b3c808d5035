import { deAn04 } from '../../plans/de-an-04/plan';
import { isReportYear, reportYearRange } from './report-years';

describe('reportYearRange: "giai đoạn 2021-2025 và những năm tiếp theo"', () => {
  it.each([
    ['as of 2025: next year for its template', '2025-06-01', 2021, 2026],
    ['as of 2027: the following years run on', '2027-01-10', 2021, 2028],
    ['as of 2022: still the whole period 2021-2025', '2022-03-01', 2021, 2025],
  ])('%s', (_name, asOf, first, last) => {
    expect(reportYearRange(deAn04, asOf)).toEqual({ first, last });
  });

  it.each([
    ['2020, before the scheme (01/10/2021)', 2020, false],
    ['2021, the first year', 2021, true],
    ['2026, the year after the as-of date', 2026, true],
    ['2027, beyond what the settings cover', 2027, false],
  ])('as of 2025-12-20: %s', (_name, year, inside) => {
    expect(isReportYear(deAn04, '2025-12-20', year)).toBe(inside);
  });
});
