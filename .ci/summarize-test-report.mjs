// Prints CI's closing line, `N passed, N failed`, from Vitest's JSON report, and exits non-zero
// when anything failed. Failures the report does not count as tests still count as failed:
// a test file that could not load, a run with no test, or a check outside the test runner
// (lint, types, generated files, build) that made `pnpm test` exit non-zero.
import { existsSync, readFileSync } from 'node:fs';

const [reportFile, statusText] = process.argv.slice(2);
const testStatus = Number(statusText ?? '1');

let passed = 0;
let failed = 0;
if (reportFile && existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  if (failed === 0 && report.success === false) {
    console.log(`${report.numFailedTestSuites ?? 1} test file(s) failed outside any test (see above).`);
    failed = Math.max(1, report.numFailedTestSuites ?? 1);
  }
  if ((report.numTotalTests ?? 0) === 0) {
    console.log('The test runner ran no test.');
    failed += 1;
  }
} else {
  console.log('No test report was written: pnpm test failed before the tests ran (see above).');
}
if (testStatus !== 0 && failed === 0) {
  console.log(`pnpm test exited with ${testStatus}: a check outside the test runner failed (see above).`);
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || testStatus !== 0 ? 1 : 0);
