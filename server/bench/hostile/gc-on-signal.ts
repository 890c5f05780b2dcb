// Loaded into the amplification scenario's relay (node --expose-gc --import this): SIGUSR2 runs a full
// garbage collection, so the scenario reads the relay's resident memory with no garbage left from building
// the board. Without it the "before" figure is wherever V8's heap happened to stand (143 or 170 MB in two
// runs of the same code), and the growth measured the collector, not the attack. Bench-only: the relay's
// own code knows nothing of it.
const collect = (globalThis as { gc?: () => void }).gc;
if (collect === undefined) throw new Error('gc-on-signal needs node --expose-gc');
process.on('SIGUSR2', () => collect());
