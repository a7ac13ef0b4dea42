import { parseHtml } from "./lib/documents/import/parse-html";
import sanitizeHtml from "sanitize-html";
const h = `<!doctype html><html><head><title>T</title><style>p{}</style></head><body><h1>Title &amp; more</h1><p>Some <em>it</em> and <b>bold <i>both</i></b> <a href="https://x.org/?a=1&amp;b=2">link</a> <a href="ftp://x">ftp</a>.</p><div>Div text<p>nested</p>tail</div><blockquote><p>Quoted</p></blockquote><ul><li>one</li><li>two</li></ul><iframe src="https://x"></iframe><img src="a.png" alt="x"><table><tr><td>c1</td><td>c2</td></tr></table></body></html>`;
console.log(sanitizeHtml(h, {allowedTags: ["h1","p","div","blockquote","em","i","strong","b","a","br"], allowedAttributes: {a:["href"]}, nonTextTags: ["script","style","title"], transformTags: {li: "div", ul: "div", td:"div", tr:"div", table: "div"}}));
console.log(JSON.stringify(parseHtml(h), null, 0));
