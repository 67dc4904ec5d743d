/**
 * Escaping for text that goes into XML or HTML, in element content or in a double-quoted
 * attribute. Dataset text is written by staff and may hold `&`, `<` or quotes; none of it may
 * ever become markup.
 */

/** Characters XML 1.0 forbids outright (C0 controls other than tab, newline and return; lone surrogates are left to the encoder). */
// eslint-disable-next-line no-control-regex -- matching the control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Safe in element content and in double-quoted attributes of XML, SVG and HTML. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"]/g, (c) => ENTITIES[c] as string);
}
