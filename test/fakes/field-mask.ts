/**
 * Google's field masks ("sheets(properties(sheetId,title),data.rowData.values.note)"): parsed
 * into a tree, and a response pruned to the fields the mask names, as the API returns it.
 */

export type MaskTree = Map<string, MaskTree>;

/** Parses a mask; a malformed one throws as the API refuses it. */
export function parseMask(mask: string): MaskTree {
  const root: MaskTree = new Map();
  let i = 0;
  const parseList = (into: MaskTree): void => {
    for (;;) {
      let path = '';
      while (i < mask.length && !',()'.includes(mask.charAt(i))) path += mask.charAt(i++);
      path = path.trim();
      if (path === '') throw new Error(`Invalid field selection ${mask}`);
      let node = into;
      for (const part of path.split('.')) {
        let next = node.get(part);
        if (!next) {
          next = new Map();
          node.set(part, next);
        }
        node = next;
      }
      if (mask.charAt(i) === '(') {
        i++;
        parseList(node);
        if (mask.charAt(i) !== ')') throw new Error(`Invalid field selection ${mask}`);
        i++;
      }
      if (mask.charAt(i) !== ',') return;
      i++;
    }
  };
  parseList(root);
  if (i !== mask.length) throw new Error(`Invalid field selection ${mask}`);
  return root;
}

/** The mask's node at a dotted path ("sheets.data.rowData.values"), or undefined. */
export function maskAt(tree: MaskTree, path: string): MaskTree | undefined {
  let node: MaskTree | undefined = tree;
  for (const part of path.split('.')) {
    if (!node) return undefined;
    if (node.size === 0) return node;
    node = node.get(part);
  }
  return node;
}

/** How many leaf fields the mask names under a node (a whole node counts as one). */
export function leafCount(tree: MaskTree | undefined): number {
  if (!tree) return 0;
  if (tree.size === 0) return 1;
  let n = 0;
  for (const child of tree.values()) n += leafCount(child);
  return n;
}

/** `value` with only the mask's fields (an empty node keeps the whole value). */
export function prune(value: unknown, tree: MaskTree): unknown {
  if (tree.size === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => prune(item, tree));
  const out: Record<string, unknown> = {};
  for (const [key, child] of tree) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) out[key] = prune(field, child);
  }
  return out;
}
