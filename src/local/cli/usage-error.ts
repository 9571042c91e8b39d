/** A request the workbook cannot answer (an unknown period, committee or region): one line. */
export class UsageError extends Error {}
