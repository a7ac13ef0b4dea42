"use client";

import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { layoutArgumentMap, type MapLayout } from "@/lib/debates/map-layout";
import { STANCE_SIGN, type ArgumentDTO } from "./types";

const MIN_ZOOM = 0.1;
const MAX_ZOOM = 2.5;

function edgePath(from: { x: number; y: number; width: number; height: number }, to: { x: number; y: number; height: number }) {
  const x1 = from.x + from.width;
  const y1 = from.y + from.height / 2;
  const x2 = to.x;
  const y2 = to.y + to.height / 2;
  const mid = (x1 + x2) / 2;
  return `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
}

type Box = MapLayout["nodes"][number];

/** The part of the layout on screen, in layout units, widened by one screen on each side. */
interface Region {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function overlaps(node: Box, region: Region): boolean {
  return node.x + node.width >= region.left && node.x <= region.right && node.y + node.height >= region.top && node.y <= region.bottom;
}

/**
 * One argument's box. Its words are drawn only while it is near the screen: thousands of SVG
 * text lines are what made a 2,000-argument map slow to appear (measured: ~7,500 <text> lines
 * were most of 1.5 s in Chromium), and off-screen words are never seen. The box, its title
 * and its pro/con border are always there.
 */
const MapNode = memo(function MapNode({ node, labelled, onNode }: { node: Box; labelled: boolean; onNode: (id: string) => void }) {
  return (
    <g className={`map-node map-node-${node.stance}${node.hidden ? " is-hidden" : ""}`} data-map-node={node.id} data-stance={node.stance} transform={`translate(${node.x},${node.y})`} onClick={() => onNode(node.id)}>
      <title>{`${node.stance === "pro" ? "Pro" : "Con"}: ${node.lines.join(" ")}`}</title>
      <rect width={node.width} height={node.height} rx={6} />
      {labelled && (
        <>
          <text x={8} y={14} className="map-badge">
            {STANCE_SIGN[node.stance]} {node.stance === "pro" ? "PRO" : "CON"}
            {node.pinned ? " · PINNED" : ""}
          </text>
          {node.lines.map((line, i) => (
            <text key={i} x={8} y={34 + i * 16}>
              {line}
            </text>
          ))}
        </>
      )}
    </g>
  );
});

/** The edges and the question's box, memoised: panning and zooming change only the wrapper's transform. */
const MapFrame = memo(function MapFrame({ layout }: { layout: MapLayout }) {
  const boxes = new Map(layout.nodes.map((node) => [node.id, node]));
  return (
    <>
      <g className="map-edges">
        {layout.edges.map((edge) => {
          const from = edge.from === "root" ? layout.root : boxes.get(edge.from)!;
          return <path key={edge.to} d={edgePath(from, boxes.get(edge.to)!)} className={`map-edge map-edge-${edge.stance}`} />;
        })}
      </g>
      <g className="map-root">
        <rect x={layout.root.x} y={layout.root.y} width={layout.root.width} height={layout.root.height} rx={8} />
        <text x={layout.root.x + 8} y={layout.root.y + 14} className="map-kicker">
          QUESTION
        </text>
        {layout.root.lines.map((line, i) => (
          <text key={i} x={layout.root.x + 8} y={layout.root.y + 34 + i * 16}>
            {line}
          </text>
        ))}
      </g>
    </>
  );
});

function MapDrawing({ layout, region, onNode }: { layout: MapLayout; region: Region; onNode: (id: string) => void }) {
  return (
    <>
      <MapFrame layout={layout} />
      <g className="map-nodes">
        {layout.nodes.map((node) => (
          <MapNode key={node.id} node={node} labelled={overlaps(node, region)} onNode={onNode} />
        ))}
      </g>
    </>
  );
}

/** Snaps the region outwards to a coarse grid, so small pans do not re-render any box. */
function regionOf(view: { x: number; y: number; zoom: number }, screen: { width: number; height: number }): Region {
  const unit = 400 / view.zoom;
  const snap = (value: number, up: boolean) => (up ? Math.ceil(value / unit) : Math.floor(value / unit)) * unit;
  const width = screen.width / view.zoom;
  const height = screen.height / view.zoom;
  const left = -view.x / view.zoom;
  const top = -view.y / view.zoom;
  return { left: snap(left - width, false), top: snap(top - height, false), right: snap(left + 2 * width, true), bottom: snap(top + 2 * height, true) };
}

/**
 * The map view: the debate as an SVG tree (layoutArgumentMap). Pro boxes are solid with a "+";
 * con boxes are dashed with a "−" (and coloured): never colour alone. Pan by dragging, the
 * arrow keys or the buttons; zoom with the wheel, a two-finger pinch, + and −, or the buttons. A click on a box
 * focuses that argument in the outline.
 */
export function ArgumentMap({ question, items, onNode }: { question: string; items: ArgumentDTO[]; onNode: (id: string) => void }) {
  const layout = useMemo(
    () => layoutArgumentMap(question, items.map((item) => ({ id: item.id, parentId: item.parentId, stance: item.stance, label: item.status === "hidden" ? "Hidden by a moderator" : item.body, pinned: item.pinned, hidden: item.status === "hidden" }))),
    [question, items],
  );
  const [view, setView] = useState({ x: 0, y: 0, zoom: 1 });
  const [screen, setScreen] = useState({ width: 1200, height: 800 });
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  // Fingers on the map (touch): two of them pinch-zoom around their midpoint.
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const pinch = useRef<{ distance: number; view: { x: number; y: number; zoom: number } } | null>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const latest = useRef(onNode);
  latest.current = onNode;
  const choose = useCallback((id: string) => {
    if (!drag.current?.moved) latest.current(id);
  }, []);

  const zoomBy = (factor: number) => setView((v) => ({ ...v, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.zoom * factor)) }));
  const pan = (dx: number, dy: number) => setView((v) => ({ ...v, x: v.x + dx, y: v.y + dy }));

  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const measure = () => setScreen({ width: element.clientWidth || 1200, height: element.clientHeight || 800 });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // Home: the question's box at the left edge, vertically in the middle of the screen (a large
  // debate's tree is far taller than the screen, with the question half-way down).
  const home = useCallback(
    (height: number) => ({ x: 16 - layout.root.x, y: Math.min(0, height / 2 - (layout.root.y + layout.root.height / 2)), zoom: 1 }),
    [layout.root],
  );
  const placed = useRef(false);
  useEffect(() => {
    if (placed.current || !viewport.current) return;
    placed.current = true;
    setView(home(viewport.current.clientHeight || screen.height));
  }, [home, screen.height]);
  const region = regionOf(view, screen);
  const regionKey = `${region.left},${region.top},${region.right},${region.bottom}`;
  // The region is a new object on every render; its key keeps the boxes from re-rendering on small pans.
  const stableRegion = useMemo(() => region, [regionKey]);

  // The wheel zooms the map, not the page: React's wheel listener is passive, so add our own.
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const factor = event.deltaY < 0 ? 1.1 : 0.9;
      setView((v) => ({ ...v, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.zoom * factor)) }));
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  }, []);

  return (
    <section className="argument-map" aria-label="Argument map">
      <div className="map-toolbar" role="toolbar" aria-label="Map controls">
        <button type="button" className="button button-small button-quiet" onClick={() => zoomBy(1.25)} aria-label="Zoom in">
          +
        </button>
        <button type="button" className="button button-small button-quiet" onClick={() => zoomBy(0.8)} aria-label="Zoom out">
          −
        </button>
        <button type="button" className="button button-small button-quiet" onClick={() => setView(home(screen.height))}>
          Reset
        </button>
        <span className="map-legend">
          <span className="legend-pro">+ Pro (solid)</span> <span className="legend-con">− Con (dashed)</span> · {layout.nodes.length} arguments
        </span>
      </div>
      <div
        ref={viewport}
        className="map-viewport"
        tabIndex={0}
        role="region"
        aria-label="Map canvas: arrow keys pan, + and − zoom; the outline lists the same arguments"
        onKeyDown={(event) => {
          const step = 60;
          const moves: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
          if (moves[event.key]) pan(...moves[event.key]);
          else if (event.key === "+" || event.key === "=") zoomBy(1.25);
          else if (event.key === "-") zoomBy(0.8);
          else if (event.key === "0") setView(home(screen.height));
          else return;
          event.preventDefault();
        }}
        onPointerDown={(event) => {
          pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
          if (pointers.current.size === 2) {
            const [a, b] = [...pointers.current.values()];
            pinch.current = { distance: Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)), view };
            drag.current = { x: event.clientX, y: event.clientY, moved: true };
            return;
          }
          drag.current = { x: event.clientX, y: event.clientY, moved: false };
        }}
        onPointerMove={(event) => {
          if (pointers.current.has(event.pointerId)) pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
          if (pinch.current && pointers.current.size === 2) {
            const [a, b] = [...pointers.current.values()];
            const box = event.currentTarget.getBoundingClientRect();
            const mid = { x: (a.x + b.x) / 2 - box.left, y: (a.y + b.y) / 2 - box.top };
            const from = pinch.current.view;
            const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, (from.zoom * Math.hypot(a.x - b.x, a.y - b.y)) / pinch.current.distance));
            setView({ zoom, x: mid.x - ((mid.x - from.x) * zoom) / from.zoom, y: mid.y - ((mid.y - from.y) * zoom) / from.zoom });
            return;
          }
          const start = drag.current;
          if (!start || event.buttons === 0) return;
          const dx = event.clientX - start.x;
          const dy = event.clientY - start.y;
          if (!start.moved && Math.hypot(dx, dy) < 4) return;
          start.moved = true;
          (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
          drag.current = { x: event.clientX, y: event.clientY, moved: true };
          pan(dx, dy);
        }}
        onPointerCancel={(event) => {
          pointers.current.delete(event.pointerId);
          pinch.current = null;
          drag.current = null;
        }}
        onPointerUp={(event) => {
          pointers.current.delete(event.pointerId);
          if (pinch.current) {
            // The finger left on the map after a pinch pans from where it is now.
            pinch.current = null;
            const [rest] = [...pointers.current.values()];
            drag.current = rest ? { x: rest.x, y: rest.y, moved: true } : drag.current;
            if (rest) return;
          }
          // A drag that moved is a pan, not a click on the box under the pointer.
          if (drag.current?.moved) window.setTimeout(() => (drag.current = null), 0);
          else drag.current = null;
        }}
      >
        <svg className="map-svg" width={layout.width * view.zoom} height={layout.height * view.zoom} viewBox={`0 0 ${layout.width} ${layout.height}`} style={{ transform: `translate(${view.x}px, ${view.y}px)` }} data-node-count={layout.nodes.length}>
          <MapDrawing layout={layout} region={stableRegion} onNode={choose} />
        </svg>
      </div>
    </section>
  );
}
