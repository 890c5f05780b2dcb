// The analysis worker's URL, given by the build (build/workerEntry.ts): it shares the page's chunks.
declare module 'virtual:analysis-worker' {
  const url: string;
  export default url;
}
