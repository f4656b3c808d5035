import { readFileIntake } from '../read-file-intake';
import { reportSources } from '../../src/core/intake/intake';
import { deflatedZeros, rawEntries, writeRawZip } from './file-tools';
import { fixtureContext, validReportBytes } from './valid-report';

/**
 * A zip bomb is stopped at the limit with memory bounded: 200 MB of zeros (about 200 KB
 * compressed, built in milliseconds) inside an otherwise valid report, once with honest headers
 * and once with headers that claim 1,000 bytes. Reading inflates at most the declared sizes, so
 * the process grows by far less than the 200 MB a naive reader would allocate. A small bomb takes
 * the quick path first (inspect-file.ts) and must get the same verdict.
 */

const MB = 1024 * 1024;
const ctx = fixtureContext();

let report: Uint8Array;
beforeAll(async () => {
  report = await validReportBytes();
});

function bomb(declared: number, megabytes: number): Uint8Array {
  const zeros = {
    name: 'xl/media/image1.png',
    data: deflatedZeros(megabytes),
    method: 8,
    size: declared,
    crc: 0,
  };
  return writeRawZip([...rawEntries(report), zeros]);
}

describe('zip bomb', () => {
  it.each([
    ['honest headers (200 MB declared)', 200 * MB, 200],
    ['lying headers (1,000 bytes declared)', 1000, 200],
    // Small enough compressed (about 1 KB) for the quick path, which inflates into a buffer of
    // the declared size: the excess is dropped, the CRC differs, and the careful path decides.
    ['lying headers, 1 MB of zeros (1,000 bytes declared)', 1000, 1],
  ])('%s: stopped with FILE.ZIP_BOMB and memory bounded', async (_name, declared, megabytes) => {
    const bytes = bomb(declared, megabytes);
    expect(bytes.length).toBeLessThan(300 * 1024);
    const before = process.memoryUsage().rss;
    const result = await readFileIntake(bytes, 'bomb.xlsx', ctx);
    const grown = process.memoryUsage().rss - before;
    expect(result.findings.map((f) => f.code)).toEqual(['FILE.ZIP_BOMB']);
    expect(result.findings[0]?.message.vi).toContain('xl/media/image1.png');
    expect(reportSources(result)).toEqual([]);
    expect(grown).toBeLessThan(150 * MB);
  });
});
