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

/** The drawing itself, memoised: panning and zooming change only the wrapper's transform. */
const MapDrawing = memo(function MapDrawing({ layout, onNode }: { layout: MapLayout; onNode: (id: string) => void }) {
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
      <g className="map-nodes">
        {layout.nodes.map((node) => (
          <g key={node.id} className={`map-node map-node-${node.stance}${node.hidden ? " is-hidden" : ""}`} data-map-node={node.id} data-stance={node.stance} transform={`translate(${node.x},${node.y})`} onClick={() => onNode(node.id)}>
            <title>{`${node.stance === "pro" ? "Pro" : "Con"}: ${node.lines.join(" ")}`}</title>
            <rect width={node.width} height={node.height} rx={6} />
            <text x={8} y={14} className="map-badge">
              {STANCE_SIGN[node.stance]} {node.stance === "pro" ? "PRO" : "CON"}
              {node.pinned ? " · PINNED" : ""}
            </text>
            {node.lines.map((line, i) => (
              <text key={i} x={8} y={34 + i * 16}>
                {line}
              </text>
            ))}
          </g>
        ))}
      </g>
    </>
  );
});

/**
 * The map view: the debate as an SVG tree (layoutArgumentMap). Pro boxes are solid with a "+";
 * con boxes are dashed with a "−" (and coloured): never colour alone. Pan by dragging, the
 * arrow keys or the buttons; zoom with the wheel, + and −, or the buttons. A click on a box
 * focuses that argument in the outline.
 */
export function ArgumentMap({ question, items, onNode }: { question: string; items: ArgumentDTO[]; onNode: (id: string) => void }) {
  const layout = useMemo(
    () => layoutArgumentMap(question, items.map((item) => ({ id: item.id, parentId: item.parentId, stance: item.stance, label: item.status === "hidden" ? "Hidden by a moderator" : item.body, pinned: item.pinned, hidden: item.status === "hidden" }))),
    [question, items],
  );
  const [view, setView] = useState({ x: 0, y: 0, zoom: 1 });
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const latest = useRef(onNode);
  latest.current = onNode;
  const choose = useCallback((id: string) => {
    if (!drag.current?.moved) latest.current(id);
  }, []);

  const zoomBy = (factor: number) => setView((v) => ({ ...v, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.zoom * factor)) }));
  const pan = (dx: number, dy: number) => setView((v) => ({ ...v, x: v.x + dx, y: v.y + dy }));

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
        <button type="button" className="button button-small button-quiet" onClick={() => setView({ x: 0, y: 0, zoom: 1 })}>
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
          else if (event.key === "0") setView({ x: 0, y: 0, zoom: 1 });
          else return;
          event.preventDefault();
        }}
        onPointerDown={(event) => {
          drag.current = { x: event.clientX, y: event.clientY, moved: false };
        }}
        onPointerMove={(event) => {
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
        onPointerUp={() => {
          // A drag that moved is a pan, not a click on the box under the pointer.
          if (drag.current?.moved) window.setTimeout(() => (drag.current = null), 0);
          else drag.current = null;
        }}
      >
        <svg className="map-svg" width={layout.width * view.zoom} height={layout.height * view.zoom} viewBox={`0 0 ${layout.width} ${layout.height}`} style={{ transform: `translate(${view.x}px, ${view.y}px)` }} data-node-count={layout.nodes.length}>
          <MapDrawing layout={layout} onNode={choose} />
        </svg>
      </div>
    </section>
  );
}
