// Preloaded into a measured child process (`node -r bench/print-maxrss.js bin/baocao.js ...`):
// at exit, writes the process's peak resident memory (maxRSS, in kilobytes) and its CPU time (user
// and system, in microseconds, every thread included) to the file named by
// BAOCAO_BENCH_MAXRSS_FILE, so the bench measures the CLI's own process on any platform, without
// GNU time. A file rather than stderr: nothing the command prints can be mixed into it.
'use strict';
const fs = require('node:fs');

const target = process.env.BAOCAO_BENCH_MAXRSS_FILE;
if (target) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    fs.writeFileSync(target, `${u.maxRSS} ${u.userCPUTime} ${u.systemCPUTime}`);
  });
}
