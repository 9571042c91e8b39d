/** The sidebar's server side: the API both hosts expose, computed from the ports. */
export * from './api';
export type { DigestPort, FormsPort, RenderedDigest, SidebarPorts } from './ports';
export { createSidebarServer } from './server';
export { SidebarError } from './texts';
