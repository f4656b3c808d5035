import { linesOf } from './text-fit';

describe('linesOf: room for a header line (36-HD/VPTW prints the committees in capitals)', () => {
  it.each([
    ['a long committee name in capitals wraps', 'ĐẢNG ỦY SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', 2],
    ['the same words in lower case fit', 'Đảng ủy Sở Nông nghiệp và Phát triển nông thôn', 1],
    ['a short name in capitals fits', 'ĐẢNG ỦY SỞ TƯ PHÁP', 1],
  ])('%s', (_name, text, lines) => {
    expect(linesOf(text, 48, 13, true)).toBe(lines);
  });
});
