// Prints CI's closing line, `N passed, N failed`, from JSON reports in Vitest's shape (Vitest's own
// and the benchmarks' smoke), and exits non-zero when anything failed. Arguments come in pairs:
// a report file and the exit status of the command that wrote it. Failures a report does not
// count as tests still count as failed: a test file that could not load, a run with no test, or a
// check outside the test runner (lint, types, generated files, build) that made the command fail.
import { existsSync, readFileSync } from 'node:fs';

const pairs = process.argv.slice(2);
let passed = 0;
let failed = 0;
let anyStatusFailed = false;
for (let i = 0; i < pairs.length; i += 2) {
  const reportFile = pairs[i];
  const status = Number(pairs[i + 1] ?? '1');
  let failedHere = 0;
  if (reportFile && existsSync(reportFile)) {
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failedHere = report.numFailedTests ?? 0;
    if (failedHere === 0 && report.success === false) {
      console.log(
        `${reportFile}: ${report.numFailedTestSuites ?? 1} test file(s) failed outside any test (see above).`,
      );
      failedHere = Math.max(1, report.numFailedTestSuites ?? 1);
    }
    if ((report.numTotalTests ?? 0) === 0) {
      console.log(`${reportFile}: the run had no test.`);
      failedHere += 1;
    }
  } else {
    console.log(`No report was written at ${reportFile}: the command failed before its checks ran (see above).`);
  }
  if (status !== 0 && failedHere === 0) {
    console.log(
      `The command writing ${reportFile} exited with ${status}: a check outside its runner failed (see above).`,
    );
    failedHere = 1;
  }
  if (status !== 0) anyStatusFailed = true;
  failed += failedHere;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || anyStatusFailed ? 1 : 0);
