import { numberFormats } from './number-formats';

describe('numberFormats', () => {
  it.each([
    // DOMAIN.md, conventions: decimal comma in displayed numbers (95,5%), '.' between thousands.
    ['vi', 'integer', '[>=1000000]#"."###"."##0;[>=1000]#"."##0;0'],
    ['vi', 'decimal1', '[$-42A]0.0'],
    ['vi', 'percent1', '[$-42A]0.0%'],
    ['vi', 'general', '[$-42A]General'],
    ['en', 'integer', '#,##0'],
    ['en', 'decimal1', '0.0'],
    ['en', 'percent1', '0.0%'],
    ['en', 'general', 'General'],
  ] as const)('%s %s: %s', (lang, kind, format) => {
    expect(numberFormats(lang)[kind]).toBe(format);
  });

  it('groups the thousands of a Vietnamese count with literal dots, which no locale changes', () => {
    // Each section of the count's format prints its '.' as a quoted literal, never as the
    // locale's group separator (an unquoted ',').
    for (const section of numberFormats('vi').integer.split(';')) expect(section).not.toMatch(/,/);
  });
});
