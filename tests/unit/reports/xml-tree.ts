/**
 * A strict reader for the XML the report writes (no DTD, no CDATA, no comments): it throws on
 * anything not well-formed (unbalanced or mismatched tags, unquoted or duplicate attributes,
 * a bare "<" or "&", an unknown entity, control characters), and returns the element tree.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

function decode(raw: string, where: number): string {
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(raw)) throw new Error(`A control character near ${where}.`);
  for (let i = raw.indexOf("&"); i !== -1; i = raw.indexOf("&", i + 1)) {
    ENTITY.lastIndex = i;
    if (!ENTITY.test(raw)) throw new Error(`A bare "&" near ${where + i}.`);
  }
  return raw.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: "#document", attrs: {}, children: [], text: "" };
  const stack = [root];
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (text.includes(">")) throw new Error(`A bare ">" near ${i}.`);
    stack[stack.length - 1].text += decode(text, i);
    if (lt === -1) break;
    const gt = xml.indexOf(">", lt);
    if (gt === -1) throw new Error(`An unclosed tag at ${lt}.`);
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith("/")) {
      const open = stack.pop()!;
      if (open.name !== tag.slice(1).trim()) throw new Error(`</${tag.slice(1)}> closes <${open.name}> at ${lt}.`);
    } else {
      const selfClosing = tag.endsWith("/");
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const name = NAME.exec(body)?.[0];
      if (!name) throw new Error(`A bad tag name at ${lt}.`);
      const element: XmlElement = { name, attrs: {}, children: [], text: "" };
      let rest = body.slice(name.length);
      for (;;) {
        rest = rest.replace(/^\s+/, "");
        if (rest === "") break;
        const m = /^([A-Za-z_:][\w.:-]*)="([^"<]*)"/.exec(rest);
        if (!m) throw new Error(`A bad attribute in <${name}> at ${lt}: ${rest.slice(0, 30)}`);
        if (m[1] in element.attrs) throw new Error(`A duplicate attribute ${m[1]} at ${lt}.`);
        element.attrs[m[1]] = decode(m[2], lt);
        rest = rest.slice(m[0].length);
      }
      stack[stack.length - 1].children.push(element);
      if (!selfClosing) stack.push(element);
    }
    i = gt + 1;
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed.`);
  if (root.children.length !== 1 || root.text.trim() !== "") throw new Error("Not exactly one root element.");
  return root.children[0];
}

export function descendants(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const child of e.children) {
      if (child.name === name) out.push(child);
      walk(child);
    }
  };
  walk(element);
  return out;
}

/** The text of an element and its descendants, in order. */
export function textOf(element: XmlElement): string {
  return element.text + element.children.map(textOf).join("");
}
