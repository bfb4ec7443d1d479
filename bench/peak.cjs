// Preloaded by the benchmarks (node --require): the process's peak memory, as the kernel counted
// it, written last to stderr when it exits.
'use strict';
process.on('exit', () =>
  require('node:fs').writeSync(2, `\nPEAK ${process.resourceUsage().maxRSS}\n`),
);
