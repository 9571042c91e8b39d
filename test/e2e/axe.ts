import type { Frame, Page } from 'playwright-core';

/** One violation as the report lists it: rule, impact and the first elements it names. */
export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly nodes: readonly string[];
}

/**
 * Runs axe-core in the page (or frame) and returns the serious and critical violations: the
 * script comes from node_modules, so nothing is fetched.
 */
export async function seriousViolations(target: Page | Frame): Promise<AxeFinding[]> {
  await target.addScriptTag({ path: require.resolve('axe-core') });
  const found = (await target.evaluate(`
    axe.run(document, { resultTypes: ['violations'] }).then((r) =>
      r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.html.slice(0, 160)) })))
  `)) as AxeFinding[];
  return found;
}
