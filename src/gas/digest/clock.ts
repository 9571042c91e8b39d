/**
 * The time of the run. Date.now() rather than `new Date()`, so a test can move the clock of
 * the bundle's context without replacing the Date class the cells are made of.
 */
export function nowMs(): number {
  return Date.now();
}
