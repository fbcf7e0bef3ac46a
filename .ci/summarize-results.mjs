// Prints "N passed, N failed" summed over vitest JSON reports (paths as arguments). A report that
// is missing or unreadable counts as one failure, and so does a run that failed without a failing
// test (a file that did not load, an error outside tests), so the line never reads all-green
// when something broke. Plain Node, no dependencies: it must run even if `npm ci` failed.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const path of process.argv.slice(2)) {
  let report;
  try {
    report = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    console.error(`summary: no readable report at ${path}; counting it as a failure`);
    failed += 1;
    continue;
  }
  const reportPassed = Number(report.numPassedTests) || 0;
  const reportFailed = Number(report.numFailedTests) || 0;
  passed += reportPassed;
  failed += reportFailed;
  if (reportFailed === 0 && (report.success === false || (Number(report.numFailedTestSuites) || 0) > 0)) {
    console.error(`summary: ${path} reports a failed run with no failed test; counting one failure`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
