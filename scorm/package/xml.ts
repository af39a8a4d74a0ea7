/** A tiny typed XML tree: elements with attributes, child elements and escaped text. */
export interface XmlElement {
  name: string;
  attributes?: Record<string, string | number | undefined>;
  children?: Array<XmlElement | string>;
}

/** Escapes text and attribute values (XML 1.0 section 2.4: &, <, >, quotes). */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Shorthand for building an element. */
export function el(
  name: string,
  attributes: XmlElement['attributes'] = {},
  ...children: Array<XmlElement | string | false | undefined>
): XmlElement {
  return { name, attributes, children: children.filter((c): c is XmlElement | string => Boolean(c) || c === '') };
}

function render(node: XmlElement | string, depth: number): string {
  const indent = '  '.repeat(depth);
  if (typeof node === 'string') return `${indent}${escapeXml(node)}`;
  const attrs = Object.entries(node.attributes ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  const children = node.children ?? [];
  if (children.length === 0) return `${indent}<${node.name}${attrs}/>`;
  if (children.every((c) => typeof c === 'string')) {
    return `${indent}<${node.name}${attrs}>${children.map((c) => escapeXml(c as string)).join('')}</${node.name}>`;
  }
  const inner = children.map((c) => render(c, depth + 1)).join('\n');
  return `${indent}<${node.name}${attrs}>\n${inner}\n${indent}</${node.name}>`;
}

/** Serialises a document with its XML declaration. */
export function toXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root, 0)}\n`;
}
