import { describe, expect, it } from "vitest";
import { assignRoomColours, colourDistance, contrastRatio, readableColour, ROOM_PALETTE } from "@/lib/collab/assign-room-colours";
import { colorForEmail } from "@/lib/auth/user-colors";

const ids = (n: number) => Array.from({ length: n }, (_, i) => `user${String(i).padStart(3, "0")}`);

describe("the room palette", () => {
  it("carries white caret-label text at WCAG AA and stays visible on the light paper", () => {
    for (const colour of ROOM_PALETTE) {
      expect(contrastRatio("#ffffff", colour), colour).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio("#fbfaf7", colour), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it("has no two colours that are hard to tell apart", () => {
    for (const a of ROOM_PALETTE) for (const b of ROOM_PALETTE) if (a !== b) expect(colourDistance(a, b), `${a} ${b}`).toBeGreaterThanOrEqual(18);
  });
});

describe("readableColour", () => {
  it("darkens a pale chosen colour until white text on it reaches 4.5:1, keeping a dark one as it is", () => {
    const pale = readableColour("#ffe066")!;
    expect(contrastRatio("#ffffff", pale)).toBeGreaterThanOrEqual(4.5);
    expect(readableColour("#1d4ed8")).toBe("#1d4ed8");
    expect(readableColour("not a colour")).toBeNull();
    expect(readableColour("#FFFFFF")).not.toBe("#ffffff");
  });
});

describe("assignRoomColours", () => {
  it("gives three members whose hashed colours collide three different colours, the first keeping hers", () => {
    // The demo accounts that were all #b3261e: same preferred colour for three people.
    const members = [
      { id: "reader", preferred: "#b3261e" },
      { id: "author", preferred: "#b3261e" },
      { id: "moderator", preferred: "#b3261e" },
    ];
    const colours = assignRoomColours(members);
    expect(colours.get("reader")).toBe("#b3261e");
    expect(new Set(colours.values()).size).toBe(3);
  });

  it("keeps each person's chosen colour when it is free", () => {
    const colours = assignRoomColours([
      { id: "a", preferred: "#1d4ed8" },
      { id: "b", preferred: "#1a6b3c" },
      { id: "c", preferred: "#be185d" },
    ]);
    expect([...colours.values()]).toEqual(["#1d4ed8", "#1a6b3c", "#be185d"]);
  });

  it("treats a nearly identical colour as taken", () => {
    const colours = assignRoomColours([
      { id: "a", preferred: "#1d4ed8" },
      { id: "b", preferred: "#1e4fd9" },
    ]);
    expect(colours.get("b")).not.toBe("#1e4fd9");
    expect(colourDistance(colours.get("a")!, colours.get("b")!)).toBeGreaterThanOrEqual(18);
  });

  it("is a pure function of the ordered members: the same answer on every client and instance", () => {
    const members = ids(9).map((id) => ({ id, preferred: colorForEmail(`${id}@example.org`) }));
    expect([...assignRoomColours(members)]).toEqual([...assignRoomColours(members.map((m) => ({ ...m })))]);
  });

  it("lets a later member's free chosen colour win over an earlier member's fallback", () => {
    // a and b both want red; c wants blue. b must not take blue from c as a fallback.
    const colours = assignRoomColours([
      { id: "a", preferred: "#b3261e" },
      { id: "b", preferred: "#b3261e" },
      { id: "c", preferred: "#1d4ed8" },
    ]);
    expect(colours.get("c")).toBe("#1d4ed8");
    expect(colours.get("b")).not.toBe("#1d4ed8");
  });

  it("gives everyone a distinct, readable colour in a room larger than the palette", () => {
    const members = ids(60).map((id) => ({ id, preferred: "#b3261e" }));
    const colours = assignRoomColours(members);
    expect(colours.size).toBe(60);
    expect(new Set(colours.values()).size).toBe(60);
    for (const colour of colours.values()) expect(contrastRatio("#ffffff", colour), colour).toBeGreaterThanOrEqual(4.5);
    // The first twelve fill the palette (well apart); past that, still no two alike.
    const first = [...colours.values()].slice(0, 12);
    for (const a of first) for (const b of first) if (a !== b) expect(colourDistance(a, b)).toBeGreaterThanOrEqual(18);
  });

  it("ignores invalid preferences and repeated ids", () => {
    const colours = assignRoomColours([
      { id: "a", preferred: "javascript:alert(1)" },
      { id: "a", preferred: "#1d4ed8" },
      { id: "b", preferred: null },
    ]);
    expect(colours.size).toBe(2);
    for (const colour of colours.values()) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });
});
