export { buildDigestContent, safeUrl } from './content';
export type { DigestRecipient, DigestRequest } from './context';
export { DigestRequestError } from './context';
export type { DigestContent, Figure, Row, Section, Table } from './model';
export { activeRecipients, digestMonthOf, receives, recipientOf } from './recipients';
export type { RenderedDigest } from './render';
export { renderDigest } from './render';
