// Counts checks whose outcome is known synchronously, prints each failure with its detail, and ends with the
// `N passed, N failed` line .ci/run reads (exit code 1 on a failure).
export function createTally() {
  let passed = 0;
  let failed = 0;
  return {
    check(name, ok, detail) {
      if (ok) {
        passed++;
      } else {
        failed++;
        console.log(`FAIL ${name}\n${detail}`);
      }
    },
    finish() {
      console.log(`${passed} passed, ${failed} failed`);
      process.exitCode = failed === 0 ? 0 : 1;
    },
  };
}
