// Preloaded into the CLI process by the benchmark (node --require): on exit, write the
// process's peak resident memory in kB to the file named by SWT_RSS_FILE.
'use strict';
process.on('exit', () => {
  if (process.env.SWT_RSS_FILE) {
    process.getBuiltinModule('fs').writeFileSync(process.env.SWT_RSS_FILE, String(process.resourceUsage().maxRSS));
  }
});
