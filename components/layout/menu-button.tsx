"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/**
 * The compact header's menu on narrow screens: a button that shows the site's links (which
 * sit inline on wider screens). Closes on navigation, Escape, or a click outside.
 */
export function MenuButton({ controls }: { controls: string }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    const menu = document.getElementById(controls);
    menu?.toggleAttribute("data-open", open);
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!menu?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, [open, controls]);
  return (
    <button ref={button} type="button" className="menu-button" aria-expanded={open} aria-controls={controls} onClick={() => setOpen((value) => !value)}>
      <span className="menu-icon" aria-hidden="true" />
      Menu
    </button>
  );
}
