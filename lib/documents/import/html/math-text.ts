/**
 * TeX without the wrapper MediaWiki and others put around every formula
 * ("{\displaystyle A^{*}}" is shown as "A^{*}").
 */
export function cleanTex(tex: string): string {
  let text = tex.trim();
  const wrapped = /^\{\s*\\(?:displaystyle|textstyle)\s*([\s\S]*)\}$/.exec(text);
  if (wrapped) text = wrapped[1].trim();
  return text.replace(/^\\(?:displaystyle|textstyle)\s*/, "").trim();
}

/**
 * Math kept as text: MathML's TeX annotation when it has one, else its alttext, else the
 * characters it shows. Elements already reduced to text (data-math) give their text.
 */
export function mathText(element: Element): string {
  if (element.getAttribute("data-math")) return element.textContent ?? "";
  const annotation = Array.from(element.getElementsByTagName("annotation")).find(
    (node) => (node.getAttribute("encoding") ?? "").toLowerCase() === "application/x-tex",
  );
  if (annotation?.textContent?.trim()) return cleanTex(annotation.textContent);
  const alt = element.getAttribute("alttext");
  if (alt?.trim()) return cleanTex(alt);
  return (element.textContent ?? "").replace(/\s+/g, " ").trim();
}
