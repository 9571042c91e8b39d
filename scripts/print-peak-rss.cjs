// Preloaded by the benchmark into the `korgoo report` it times: prints the process's peak RSS.
process.on('exit', () => {
  process.stderr.write(`KORGOO_PEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
