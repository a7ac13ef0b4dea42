import { describe, expect, it } from "vitest";
import { csvCell, csvRecord } from "@/lib/reports/csv";
import { layoutArgumentMap } from "@/lib/debates/map-layout";
import { argumentMapSvg, heatMapSvg, statusBarsSvg } from "@/lib/reports/svg";
import type { ReportSection } from "@/lib/reports";
import { parseCsv } from "./parse-csv";
import { descendants, parseXml, textOf } from "./xml-tree";

describe("CSV cells", () => {
  it("quotes per RFC 4180 only when needed", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(3.5)).toBe("3.5");
    expect(csvCell(-2)).toBe("-2");
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    for (const evil of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(csvCell(evil).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell("a = b")).toBe("a = b");
  });

  it("records round-trip through a strict reader", () => {
    const values = ["claim", 'He said "no", twice', "line\r\nbreak", "=2*3", "", "中文"];
    expect(parseCsv(csvRecord(values) + csvRecord(["x"]))).toEqual([["claim", 'He said "no", twice', "line\r\nbreak", "'=2*3", "", "中文"], ["x"]]);
  });
});

const section = (title: string, annotations: number, contested: number, statuses = { unreviewed: 1, supported: 2, contested: 0, disputed: 3 }): ReportSection => ({
  index: 0, title, start: 0, end: 1000, annotations, contestedStances: contested, annotationDensity: annotations, contestDensity: contested, statuses, link: "",
});

function parse(svg: string) {
  const root = parseXml(svg);
  expect(root.name).toBe("svg");
  expect(root.attrs).toMatchObject({ xmlns: "http://www.w3.org/2000/svg", role: "img" });
  // The document's own title and description come first, and label it.
  const [title, desc] = root.children;
  expect([title.name, desc.name]).toEqual(["title", "desc"]);
  expect(textOf(title).length).toBeGreaterThan(0);
  expect(textOf(desc).length).toBeGreaterThan(0);
  expect(root.attrs["aria-labelledby"]).toBe(`${title.attrs.id} ${desc.attrs.id}`);
  return root;
}
const texts = (root: ReturnType<typeof parseXml>) => descendants(root, "text").map(textOf);

describe("SVG pictures", () => {
  const hostile = `<script>alert("x")</script> & 'quotes' \u0001`;

  it("the heat map is valid XML with a title, a description, and a printed value in every cell", () => {
    const root = parse(heatMapSvg([section("Intro", 4, 1), section(hostile, 0, 0), section("中文 section", 8, 5)]));
    expect(texts(root)).toContain("4.0 (4)");
    expect(texts(root)).toContain("5.0 (5)");
    expect(texts(root)).toContain(`<script>alert("x")</script> & 'quotes' `);
    expect(descendants(root, "script")).toHaveLength(0);
    expect(textOf(descendants(root, "desc")[0])).toContain("Most annotated: 中文 section");
    parse(heatMapSvg([]));
  });

  it("the status bars are valid XML, with patterns and a legend in words", () => {
    const root = parse(statusBarsSvg([section("Intro", 4, 1), section("Empty", 0, 0, { unreviewed: 0, supported: 0, contested: 2, disputed: 0 })]));
    expect(descendants(root, "pattern")).toHaveLength(2);
    expect(texts(root)).toEqual(expect.arrayContaining(["Unreviewed", "Supported", "Contested", "Disputed (both sides)"]));
  });

  it("the argument map is valid XML, marks pro and con in words, and escapes every label", () => {
    const nodes = [
      { id: "a", parentId: null, stance: "pro" as const, label: hostile },
      { id: "b", parentId: "a", stance: "con" as const, label: "A reply" },
    ];
    const args = nodes.map((n) => ({ id: n.id, parentId: n.parentId, stance: n.stance, body: n.label, author: "Clever Ibis", asAuthor: false, ratingMean: n.id === "a" ? 2.5 : null, ratingCount: n.id === "a" ? 2 : 0 }));
    const root = parse(argumentMapSvg(`Is it ${hostile}?`, layoutArgumentMap(`Is it ${hostile}?`, nodes), args, "map-q1"));
    expect(texts(root)).toEqual(expect.arrayContaining(["QUESTION", "PRO · impact 2.5 (2)", "CON · unrated"]));
    expect(descendants(root, "script")).toHaveLength(0);
    expect(descendants(root, "path")).toHaveLength(2);
  });
});
