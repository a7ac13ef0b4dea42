/** One titled block of the settings page; the danger variant is for irreversible actions. */
export function SettingsSection({ id, title, danger = false, children }: { id: string; title: string; danger?: boolean; children: React.ReactNode }) {
  return (
    <section className={danger ? "settings-section settings-danger" : "settings-section"} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
