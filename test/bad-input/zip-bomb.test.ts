import { readFileIntake } from '../read-file-intake';
import { reportSources } from '../../src/core/intake/intake';
import { deflatedZeros, rawEntries, writeRawZip } from './file-tools';
import { fixtureContext, validReportBytes } from './valid-report';

/**
 * A zip bomb is stopped at the limit with memory bounded: 200 MB of zeros (about 200 KB
 * compressed, built in milliseconds) inside an otherwise valid report, once with honest headers
 * and once with headers that claim 1,000 bytes. Reading inflates at most the declared sizes, so
 * the process grows by far less than the 200 MB a naive reader would allocate.
 */

const MB = 1024 * 1024;
const ctx = fixtureContext();

let report: Uint8Array;
beforeAll(async () => {
  report = await validReportBytes();
});

function bomb(declared: number): Uint8Array {
  const zeros = { name: 'xl/media/image1.png', data: deflatedZeros(200), method: 8, size: declared, crc: 0 };
  return writeRawZip([...rawEntries(report), zeros]);
}

describe('zip bomb', () => {
  it.each([
    ['honest headers (200 MB declared)', 200 * MB],
    ['lying headers (1,000 bytes declared)', 1000],
  ])('%s: stopped with FILE.ZIP_BOMB and memory bounded', async (_name, declared) => {
    const bytes = bomb(declared);
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
