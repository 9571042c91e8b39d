/** gas-local 1.3.1 ships no types: the two members Korgoo's bundle tests use. */
declare module 'gas-local' {
  export interface GasRequireOptions {
    /** Which files of the folder to load (default: every `.js` file). */
    readonly filter?: (path: string) => boolean;
  }
  /**
   * Loads every `.js` file of `folderPath` into one `vm` context made from `globalObject` (the
   * default mock when omitted) and returns that context: its top-level functions are properties.
   */
  function gasRequire(
    folderPath: string,
    globalObject?: object,
    options?: GasRequireOptions,
  ): Record<string, unknown>;
  /** gas-local's own Logger and Utilities stand-ins. */
  export const globalMockDefault: Record<string, unknown>;
  export { gasRequire as require };
}
