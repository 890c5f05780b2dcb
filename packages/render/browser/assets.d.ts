// Vite's `?url` imports: the asset's public URL after the build.
declare module '*?url' {
  const url: string;
  export default url;
}
