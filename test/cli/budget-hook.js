// Loaded with `node --require` by runCliWithin (run-cli.ts): on exit, writes the process's peak
// resident memory (KB) to the file named by BAOCAO_TEST_RSS_FILE, for the test to compare with
// its budget.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.BAOCAO_TEST_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
