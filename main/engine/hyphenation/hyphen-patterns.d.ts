// The `hyphen` package ships no types, and we only use its compiled pattern tables (UMD modules
// whose CommonJS export is the table). Typed as `unknown`: liang.ts checks the shape at load.
declare module 'hyphen/patterns/ru.js' {
  const patterns: unknown;
  export default patterns;
}

declare module 'hyphen/patterns/en-gb.js' {
  const patterns: unknown;
  export default patterns;
}
