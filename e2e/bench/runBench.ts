// How every bench script runs its main: an error is printed and sets a failing exit code, so `pnpm bench`
// (which chains the scripts with &&) stops and says so instead of recording half a run.

/** Runs `main`; a rejection is printed and makes the process exit with code 1 once it is done. */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
