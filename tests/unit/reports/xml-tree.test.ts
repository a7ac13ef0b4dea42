import { describe, expect, it } from "vitest";
import { parseXml } from "./xml-tree";

// The checker the SVG tests rely on must itself refuse what is not well-formed.
describe("the strict XML reader used by the SVG tests", () => {
  it("accepts well-formed XML and refuses the usual breakages", () => {
    expect(parseXml(`<svg a="1"><title>x &amp; y</title><g/></svg>`).children.map((c) => c.name)).toEqual(["title", "g"]);
    for (const bad of [`<svg><g></svg>`, `<svg>a & b</svg>`, `<svg>a < b</svg>`, `<svg a=1></svg>`, `<svg a="1" a="2"></svg>`, `<svg>&nbsp;</svg>`, `<svg>\u0001</svg>`, `<svg></svg><svg></svg>`]) {
      expect(() => parseXml(bad), bad).toThrow();
    }
  });
});
