import { GASClient } from 'gas-client';
import type { SidebarApi } from '../core/sidebar/api';

/** The API as a map type (an interface has no index signature, which gas-client wants). */
type ApiMap = { [K in keyof SidebarApi]: SidebarApi[K] };

/** Promise-returning server functions: `await server.sidebarOverview({...})`. */
export type Server = {
  [K in keyof SidebarApi]: (
    ...args: Parameters<SidebarApi[K]>
  ) => Promise<ReturnType<SidebarApi[K]>>;
};

/**
 * google.script.run wrapped in promises by gas-client (Apps Script, and the preview whose shim
 * defines google.script.run the same way).
 */
export function createServer(): Server {
  return new GASClient<ApiMap>().serverFunctions;
}
