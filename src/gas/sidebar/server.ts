import type { SidebarApi } from '../../core/sidebar/api';
import { createSidebarServer } from '../../core/sidebar/server';
import { spreadsheetPorts } from './ports';

/** The sidebar's server functions for this execution, over the active spreadsheet. */
export function sidebarServer(): SidebarApi {
  return createSidebarServer(spreadsheetPorts());
}
